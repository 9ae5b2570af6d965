package org.facilitatoracademy.assessment.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.facilitatoracademy.assessment.domain.Attempt;
import org.facilitatoracademy.assessment.domain.AttemptRepository;
import org.facilitatoracademy.assessment.domain.Eligibility;
import org.facilitatoracademy.assessment.domain.PastAttempt;
import org.facilitatoracademy.assessment.domain.Response;
import org.facilitatoracademy.assessment.domain.RetakeRules;
import org.facilitatoracademy.audit.application.AuditLog;
import org.facilitatoracademy.catalog.application.ContentCatalog;
import org.facilitatoracademy.catalog.application.Learning;
import org.facilitatoracademy.catalog.domain.ContentSnapshot;
import org.facilitatoracademy.catalog.domain.Course;
import org.facilitatoracademy.catalog.domain.CourseProgress;
import org.facilitatoracademy.catalog.domain.Quiz;
import org.facilitatoracademy.platform.errors.BusinessException;

/**
 * Taking quizzes. Every rule is enforced here, on the server: prerequisites (module lessons done
 * before its quiz, every module finished before the exam), attempts, locks and spacing, the time
 * limit as a deadline, and ownership (someone else's attempt does not exist for you).
 */
@Stateless
@RolesAllowed("TRAINEE")
public class AttemptService {

  @Inject private ContentCatalog content;
  @Inject private Learning learning;
  @Inject private AttemptRepository attempts;
  @Inject private AttemptFactory factory;
  @Inject private Grading grading;
  @Inject private AuditLog audit;
  @Inject private Clock clock;
  @Resource private SessionContext session;

  /** A started or resumed attempt; {@code created} is false when an open one was returned. */
  public record Started(AttemptView attempt, boolean created) {}

  /**
   * Starts an attempt, or returns the one already open. Two starts at the same moment meet the
   * unique attempt number; the loser then finds the winner's attempt and returns it.
   *
   * @param courseId the course the quiz is taken in; without it, the person's most recently used
   *     enrollment whose course has the quiz
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Started start(String quizId, String courseId) {
    AttemptService self = session.getBusinessObject(AttemptService.class);
    try {
      return self.startOnce(quizId, courseId);
    } catch (EJBException startedAtTheSameMoment) {
      return self.startOnce(quizId, courseId);
    }
  }

  /** One try of {@link #start}, in a transaction of its own. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Started startOnce(String quizId, String courseId) {
    Quiz quiz = quiz(quizId);
    CourseProgress progress = progressFor(quiz, courseId);
    String me = caller();
    String course = progress.course().id();
    List<Attempt> all = attempts.of(me, course, quiz.id());
    List<Attempt> mine = inRound(all, progress);
    Optional<Attempt> open = mine.stream().filter(a -> !a.isFinished()).findFirst();
    if (open.isPresent()) {
      Attempt attempt = attempts.findForUpdate(open.get().publicId()).orElseThrow();
      if (!attempt.isOverdue(now())) {
        attempt.issueChoiceKey();
        return new Started(viewOf(attempt), false);
      }
      grading.finish(attempt, me);
    }
    List<String> unmet = unmetPrerequisites(quiz, progress);
    if (!unmet.isEmpty()) {
      throw new BusinessException(
          BusinessException.Kind.RULE,
          "prerequisites-unmet",
          quiz.isExam()
              ? "Finish every module of the course before the exam."
              : "Finish the lessons of the module before its quiz.",
          unmet);
    }
    Eligibility eligibility = RetakeRules.of(quiz).check(past(mine), now());
    if (!eligibility.allowed()) {
      throw eligibility.refusal();
    }
    Attempt attempt = attempts.store(factory.draw(me, course, quiz, all.size() + 1));
    audit.record(
        me,
        "attempt.started",
        attempt.publicId(),
        quiz.id() + " in " + course + ", attempt " + attempt.number());
    return new Started(viewOf(attempt), true);
  }

  /**
   * The attempt as its owner sees it; an attempt whose time ran out is graded first, and one
   * started before attempts had their own choice ids gets its key (both under the attempt's lock,
   * so two readers at the same moment see the same result and the same ids).
   */
  public AttemptView view(String attemptId) {
    Attempt attempt = owned(attemptId, false);
    if (attempt.isOverdue(now()) || attempt.needsChoiceKey()) {
      attempt = owned(attemptId, true);
      attempt.issueChoiceKey();
      if (attempt.isOverdue(now())) {
        grading.finish(attempt, caller());
      }
    }
    return viewOf(attempt);
  }

  /**
   * Saves a response as it is given. Refused (409) after submission; past the deadline the attempt
   * is graded as it stood at the deadline and the response refused.
   */
  public void save(String attemptId, int slot, GivenAnswer answer) {
    Attempt attempt = owned(attemptId, true);
    if (attempt.isOverdue(now())) {
      grading.finish(attempt, caller());
      throw new DeadlinePassed();
    }
    attempt.requireOpen(now());
    attempt.issueChoiceKey();
    Response response = answer.toResponse(attempt.requireSlot(slot).question().type());
    attempt.save(slot, response, now());
  }

  /**
   * Grades the attempt. Submitting again, or twice at the same moment, grades nothing twice: the
   * second request waits for the first's lock and returns the same result.
   */
  public AttemptView submit(String attemptId) {
    Attempt attempt = owned(attemptId, true);
    if (!attempt.isFinished()) {
      grading.finish(attempt, caller());
    }
    attempt.issueChoiceKey();
    return viewOf(attempt);
  }

  /** The attempt with what its quiz's review policy lets its owner see of the result. */
  private AttemptView viewOf(Attempt attempt) {
    return AttemptView.of(attempt, ReviewTerms.of(attempt, content.snapshot()));
  }

  /** The signed-in person's attempts, most recent first. */
  public List<AttemptSummary> mine() {
    return attempts.of(caller()).stream().map(AttemptSummary::of).toList();
  }

  /** A quiz's rules and the person's standing in it, within one course. */
  public QuizOverview overview(String quizId, String courseId) {
    Quiz quiz = quiz(quizId);
    CourseProgress progress = progressFor(quiz, courseId);
    return overviewOf(
        quiz, progress, inRound(attempts.of(caller(), progress.course().id(), quizId), progress));
  }

  /** Every module quiz and exam of every course the person is enrolled in, in course order. */
  public List<QuizOverview> myQuizzes() {
    ContentSnapshot snapshot = content.snapshot();
    Map<String, List<Attempt>> byCourseAndQuiz =
        attempts.of(caller()).stream()
            .collect(Collectors.groupingBy(a -> a.courseId() + "/" + a.quizId()));
    List<QuizOverview> quizzes = new ArrayList<>();
    for (CourseProgress progress : learning.progress()) {
      Course course = progress.course();
      List<String> quizIds = new ArrayList<>();
      progress.modules().forEach(m -> m.quizId().ifPresent(quizIds::add));
      course.examQuizId().ifPresent(quizIds::add);
      for (String quizId : quizIds) {
        snapshot
            .findQuiz(quizId)
            .ifPresent(
                quiz ->
                    quizzes.add(
                        overviewOf(
                            quiz,
                            progress,
                            inRound(
                                byCourseAndQuiz.getOrDefault(course.id() + "/" + quizId, List.of()),
                                progress))));
      }
    }
    return quizzes;
  }

  private QuizOverview overviewOf(Quiz quiz, CourseProgress progress, List<Attempt> mine) {
    Optional<String> open =
        mine.stream().filter(a -> !a.isFinished()).map(Attempt::publicId).findFirst();
    return new QuizOverview(
        quiz.id(),
        quiz.title(),
        quiz.isExam(),
        progress.course().id(),
        progress.course().title(),
        quiz.passMark(),
        quiz.questionsPerAttempt(),
        quiz.timeLimitMinutes(),
        quiz.maxAttempts(),
        quiz.lockDays(),
        quiz.minDaysBetweenAttempts(),
        unmetPrerequisites(quiz, progress),
        RetakeRules.of(quiz).check(past(mine), now()),
        open,
        mine.stream()
            .sorted(java.util.Comparator.comparingInt(Attempt::number).reversed())
            .map(AttemptSummary::of)
            .toList());
  }

  /**
   * The attempts made in the current round of the course: a refresher started again in a new
   * validity period is passed anew, and what was used up or passed in an earlier round no longer
   * counts. Attempt numbers keep counting across rounds.
   */
  private static List<Attempt> inRound(List<Attempt> attempts, CourseProgress progress) {
    Instant roundStart = progress.round().startedAt().truncatedTo(ChronoUnit.MILLIS);
    return attempts.stream().filter(a -> !a.startedAt().isBefore(roundStart)).toList();
  }

  private static List<PastAttempt> past(List<Attempt> attempts) {
    return attempts.stream().filter(Attempt::isFinished).map(PastAttempt::of).toList();
  }

  /**
   * What must be done before the quiz: module lessons for a module quiz, every module for an exam.
   */
  static List<String> unmetPrerequisites(Quiz quiz, CourseProgress progress) {
    if (quiz.isExam()) {
      return progress.modules().stream()
          .filter(m -> !m.finished())
          .map(m -> "module:" + m.module().id())
          .toList();
    }
    String moduleId = quiz.moduleId().orElseThrow();
    CourseProgress.ModuleProgress module = progress.module(moduleId).orElseThrow();
    if (!module.open()) {
      return List.of("module:" + progress.blockerOf(module).orElseThrow().module().id());
    }
    return module.lessonsFinished() ? List.of() : List.of("lessons:" + moduleId);
  }

  private Quiz quiz(String quizId) {
    return content
        .snapshot()
        .findQuiz(quizId)
        .orElseThrow(() -> BusinessException.notFound("The quiz"));
  }

  private CourseProgress progressFor(Quiz quiz, String courseId) {
    boolean named = courseId != null && !courseId.isBlank();
    if (quiz.isExam()) {
      String examCourse = quiz.courseId().orElseThrow();
      if (named && !courseId.equals(examCourse)) {
        throw BusinessException.notFound("The quiz in the course '" + courseId + "'");
      }
      return enrolledIn(examCourse);
    }
    String moduleId = quiz.moduleId().orElseThrow();
    if (named) {
      boolean hasQuiz =
          content
              .snapshot()
              .findCourse(courseId)
              .map(c -> c.includesModule(moduleId))
              .orElse(false);
      if (!hasQuiz) {
        throw BusinessException.notFound("The quiz in the course '" + courseId + "'");
      }
      return enrolledIn(courseId);
    }
    return learning.progress().stream()
        .filter(p -> p.course().includesModule(moduleId))
        .findFirst()
        .orElseThrow(AttemptService::notEnrolled);
  }

  private CourseProgress enrolledIn(String courseId) {
    return learning.progress(courseId).orElseThrow(AttemptService::notEnrolled);
  }

  private static BusinessException notEnrolled() {
    return new BusinessException(
        BusinessException.Kind.FORBIDDEN,
        "not-enrolled",
        "Enrol in a course that has this quiz first.");
  }

  /** The caller's attempt; anyone else's answers as if it did not exist. */
  private Attempt owned(String attemptId, boolean lock) {
    Optional<Attempt> found = lock ? attempts.findForUpdate(attemptId) : attempts.find(attemptId);
    return found
        .filter(a -> a.belongsTo(caller()))
        .orElseThrow(() -> BusinessException.notFound("The attempt"));
  }

  private Instant now() {
    return Instant.now(clock);
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}
