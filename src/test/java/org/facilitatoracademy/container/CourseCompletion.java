package org.facilitatoracademy.container;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.facilitatoracademy.assessment.application.QuizPassed;
import org.facilitatoracademy.catalog.application.ContentCatalog;
import org.facilitatoracademy.catalog.domain.ContentSnapshot;
import org.facilitatoracademy.catalog.domain.Course;
import org.facilitatoracademy.catalog.domain.CourseModule;
import org.facilitatoracademy.catalog.domain.Enrollment;
import org.facilitatoracademy.catalog.domain.EnrollmentRepository;
import org.facilitatoracademy.catalog.domain.Lesson;

/**
 * Seeds a finished course for in-container tests: the enrollment with every lesson read, as reading
 * them one by one would leave it, and each quiz passed as grading announces it (the QuizPassed
 * event that the catalog and certification observe).
 */
@Stateless
public class CourseCompletion {

  @Inject private ContentCatalog content;
  @Inject private EnrollmentRepository enrollments;
  @Inject private Event<QuizPassed> quizPassed;
  @Inject private Clock clock;

  public void complete(String accountId, String courseId) {
    ContentSnapshot snapshot = content.snapshot();
    Course course = snapshot.getCourse(courseId);
    Instant now = Instant.now(clock);
    Enrollment enrollment =
        enrollments
            .find(accountId, courseId)
            .orElseGet(
                () ->
                    enrollments.store(
                        new Enrollment(accountId, courseId, course.contentVersion(), now)));
    for (CourseModule module : snapshot.modulesOf(course)) {
      for (Lesson lesson : module.lessons()) {
        enrollment.complete(module.id(), lesson.id(), lesson.contentVersion(), now);
      }
      snapshot
          .findModuleQuiz(module.id())
          .ifPresent(
              quiz ->
                  quizPassed.fire(
                      new QuizPassed(
                          accountId, courseId, quiz.id(), quiz.contentVersion(), 90, now)));
    }
    course
        .examQuizId()
        .map(snapshot::getQuiz)
        .ifPresent(
            exam ->
                quizPassed.fire(
                    new QuizPassed(
                        accountId, courseId, exam.id(), exam.contentVersion(), 85, now)));
  }
}
