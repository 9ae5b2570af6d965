package org.facilitatoracademy.assessment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.facilitatoracademy.assessment.domain.Attempt;
import org.facilitatoracademy.assessment.domain.QuestionDraw;
import org.facilitatoracademy.assessment.domain.QuestionVersion;
import org.facilitatoracademy.assessment.domain.QuizVersion;
import org.facilitatoracademy.assessment.domain.QuizVersionRepository;
import org.facilitatoracademy.catalog.application.ContentCatalog;
import org.facilitatoracademy.catalog.domain.ContentSnapshot;
import org.facilitatoracademy.catalog.domain.CourseModule;
import org.facilitatoracademy.catalog.domain.Quiz;

/**
 * Draws a new attempt from a quiz's live content version: a module quiz spreads its questions over
 * the module's objectives; an exam spreads them over the course's modules and holds the configured
 * share of scenario items. Options, order items and match sides are shuffled once, here.
 */
@ApplicationScoped
public class AttemptFactory {

  /** Draws are unpredictable: nobody can work out which questions come next. */
  private final SecureRandom random = new SecureRandom();

  @Inject private ContentCatalog content;
  @Inject private QuizVersions store;
  @Inject private QuizVersionRepository versions;
  @Inject private AssessmentSettings settings;
  @Inject private Clock clock;

  public Attempt draw(String accountId, String courseId, Quiz quiz, int number) {
    QuizVersion version = storedVersionOf(quiz);
    QuestionDraw draw = new QuestionDraw(random);
    int count = quiz.questionsPerAttempt();
    List<QuestionVersion> questions =
        draw.draw(
            version.questions(),
            count,
            quiz.isExam() ? settings.minScenarios(count) : 0,
            stratumOf(quiz, content.snapshot()));
    return Attempt.start(
        accountId,
        courseId,
        version,
        number,
        questions.stream().map(draw::present).toList(),
        Instant.now(clock),
        quiz.timeLimitMinutes().map(Duration::ofMinutes));
  }

  /**
   * The stored copy of the quiz's live version, read in the caller's transaction after storing it
   * (in a transaction of its own) if it is new. When two requests store it at the same moment, the
   * loser's store fails and the next look finds the winner's copy.
   */
  public QuizVersion storedVersionOf(Quiz quiz) {
    for (int tries = 0; tries < 2; tries++) {
      Optional<QuizVersion> found = versions.find(quiz.id(), quiz.contentVersion());
      if (found.isPresent()) {
        return found.get();
      }
      try {
        store.store(quiz);
      } catch (jakarta.ejb.EJBException storedByAnotherRequest) {
        // The next look finds the other request's copy.
      }
    }
    return versions
        .find(quiz.id(), quiz.contentVersion())
        .orElseThrow(() -> new IllegalStateException("Cannot store the quiz " + quiz.id()));
  }

  /** Exams are spread over the modules their items' objectives belong to; quizzes by objective. */
  private static Function<QuestionVersion, String> stratumOf(Quiz quiz, ContentSnapshot snapshot) {
    if (quiz.isExam()) {
      List<CourseModule> modules =
          snapshot
              .findCourse(quiz.courseId().orElseThrow())
              .map(snapshot::modulesOf)
              .orElse(List.of());
      return q ->
          q.objective()
              .flatMap(o -> modules.stream().filter(m -> m.hasObjective(o)).findFirst())
              .map(CourseModule::id)
              .orElse(q.area().orElse(""));
    }
    return q -> q.objective().orElse(q.area().orElse(""));
  }
}
