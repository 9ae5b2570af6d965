package org.facilitatoracademy.assessment.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.facilitatoracademy.assessment.domain.Attempt;
import org.facilitatoracademy.assessment.domain.AttemptRepository;
import org.facilitatoracademy.assessment.domain.AttemptSlot;
import org.facilitatoracademy.catalog.application.ContentCatalog;
import org.facilitatoracademy.catalog.application.Learning;
import org.facilitatoracademy.catalog.domain.ContentSnapshot;
import org.facilitatoracademy.catalog.domain.CourseModule;
import org.facilitatoracademy.catalog.domain.Lesson;
import org.facilitatoracademy.catalog.domain.Quiz;
import org.facilitatoracademy.identity.application.AccountService;
import org.facilitatoracademy.identity.application.AccountView;
import org.facilitatoracademy.platform.startup.DemoAccountsReady;

/**
 * Demo records: the demo trainee is enrolled in the facilitator course, has read the first module's
 * lessons and has one graded attempt of its quiz (every question right but the last, left
 * unanswered: a pass with feedback to read), so results and item analysis have something to show.
 * Made once; later starts find the attempt and change nothing.
 */
@Stateless
@PermitAll
public class DemoAttempts {

  static final String TRAINEE = "trainee@demo.academy";
  static final String COURSE = "facilitator";

  private static final Logger LOG = Logger.getLogger(DemoAttempts.class.getName());

  @Inject private AccountService accounts;
  @Inject private ContentCatalog content;
  @Inject private Learning learning;
  @Inject private AttemptRepository attempts;
  @Inject private AttemptFactory factory;
  @Inject private Grading grading;
  @Inject private Clock clock;

  /**
   * Runs after the start-up seeding commits, so the catalog's demo enrollment (made in that
   * transaction) is there to build on.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void seed(@Observes(during = TransactionPhase.AFTER_SUCCESS) DemoAccountsReady ready) {
    try {
      seedTraineeAttempt();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The assessment demo records could not be made", e);
    }
  }

  /**
   * Demo records for another context: the person reads every lesson of the course and passes each
   * module quiz and the exam with every question answered right, graded like any attempt (so the
   * catalog and certification learn of the passes as they always do). Quizzes already passed are
   * left alone. Runs in the caller's transaction.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public void finishCourse(String accountId, String courseId) {
    ContentSnapshot snapshot = content.snapshot();
    List<CourseModule> modules = snapshot.modulesOf(snapshot.getCourse(courseId));
    learning.seedProgress(
        accountId,
        courseId,
        modules.stream().flatMap(m -> m.lessons().stream()).map(Lesson::id).toList());
    List<Quiz> quizzes = new ArrayList<>();
    modules.forEach(m -> snapshot.findModuleQuiz(m.id()).ifPresent(quizzes::add));
    snapshot.getCourse(courseId).examQuizId().map(snapshot::getQuiz).ifPresent(quizzes::add);
    for (Quiz quiz : quizzes) {
      List<Attempt> earlier = attempts.of(accountId, courseId, quiz.id());
      if (earlier.stream().anyMatch(Attempt::passed)) {
        continue;
      }
      Attempt attempt = attempts.store(factory.draw(accountId, courseId, quiz, earlier.size() + 1));
      Instant now = Instant.now(clock);
      attempt.slots().forEach(slot -> answerRight(attempt, slot, now));
      grading.finish(attempt, "system");
    }
  }

  /** Answers as a person would: in the ids the attempt shows. */
  private static void answerRight(Attempt attempt, AttemptSlot slot, Instant now) {
    attempt.save(
        slot.number(), attempt.choiceIds().shown(slot.question(), slot.rightAnswer()), now);
  }

  private void seedTraineeAttempt() {
    Optional<AccountView> trainee = accounts.findByEmail(TRAINEE);
    ContentSnapshot snapshot = content.snapshot();
    if (trainee.isEmpty() || snapshot.findCourse(COURSE).isEmpty()) {
      return;
    }
    String traineeId = trainee.get().id();
    CourseModule first = snapshot.modulesOf(snapshot.getCourse(COURSE)).get(0);
    learning.seedProgress(traineeId, COURSE, first.lessons().stream().map(Lesson::id).toList());
    Optional<Quiz> quiz = snapshot.findModuleQuiz(first.id());
    if (quiz.isEmpty() || !attempts.of(traineeId, COURSE, quiz.get().id()).isEmpty()) {
      return;
    }
    Attempt attempt = attempts.store(factory.draw(traineeId, COURSE, quiz.get(), 1));
    Instant now = Instant.now(clock);
    List<AttemptSlot> slots = attempt.slots();
    for (AttemptSlot slot : slots.subList(0, slots.size() - 1)) {
      answerRight(attempt, slot, now);
    }
    grading.finish(attempt, "system");
    LOG.info(
        () ->
            "Demo: "
                + TRAINEE
                + " has a graded attempt of "
                + quiz.get().id()
                + " ("
                + attempt.percent().orElseThrow()
                + "%)");
  }
}
