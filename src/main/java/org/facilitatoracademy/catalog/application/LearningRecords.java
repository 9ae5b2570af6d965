package org.facilitatoracademy.catalog.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.facilitatoracademy.catalog.domain.ContentSnapshot;
import org.facilitatoracademy.catalog.domain.Enrollment;
import org.facilitatoracademy.catalog.domain.EnrollmentRepository;
import org.facilitatoracademy.catalog.domain.LessonCompletion;
import org.facilitatoracademy.identity.application.AccountClosed;
import org.facilitatoracademy.identity.application.PersonalData;

/**
 * A person's enrollments, every round of every course, in their data export and at the closing of
 * their account: the courses they studied, how far they got, and which version of each lesson and
 * quiz they did.
 */
@ApplicationScoped
public class LearningRecords implements PersonalData {

  @Inject private EnrollmentRepository enrollments;
  @Inject private ContentCatalog content;

  /**
   * One enrollment (one round of a course) as exported. {@code percent} is null for a course no
   * longer offered.
   */
  public record CourseRecord(
      String course,
      int round,
      String courseContentVersion,
      Instant enrolledAt,
      Instant lastActivityAt,
      Integer percent,
      List<CompletionRecord> lessonsCompleted,
      List<QuizPassRecord> quizzesPassed) {}

  /** A lesson read to the end, against that version of it. */
  public record CompletionRecord(
      String module, String lesson, String contentVersion, Instant completedAt) {}

  /** The first pass of a quiz in the course. */
  public record QuizPassRecord(
      String quiz, String contentVersion, int scorePercent, Instant passedAt) {}

  @Override
  public String section() {
    return "courses";
  }

  @Override
  public List<CourseRecord> of(String accountId) {
    ContentSnapshot snapshot = content.snapshot();
    return enrollments.everyRound(accountId).stream().map(e -> record(snapshot, e)).toList();
  }

  private static CourseRecord record(ContentSnapshot snapshot, Enrollment e) {
    Integer percent =
        snapshot.findCourse(e.courseId()).isPresent()
            ? Learning.progressOf(snapshot, e).percent()
            : null;
    return new CourseRecord(
        e.courseId(),
        e.round(),
        e.courseContentVersion(),
        e.enrolledAt(),
        e.lastActivityAt(),
        percent,
        e.completions().stream().map(LearningRecords::completion).toList(),
        e.passedQuizIds().stream()
            .sorted()
            .flatMap(q -> e.passOf(q).stream())
            .map(
                p ->
                    new QuizPassRecord(
                        p.quizId(), p.contentVersion(), p.scorePercent(), p.passedAt()))
            .toList());
  }

  private static CompletionRecord completion(LessonCompletion c) {
    return new CompletionRecord(c.moduleId(), c.lessonId(), c.contentVersion(), c.completedAt());
  }

  /** Retention: every round of every course and all done in it are erased with the account. */
  void erase(@Observes AccountClosed closed) {
    enrollments.everyRound(closed.accountId()).forEach(enrollments::remove);
  }
}
