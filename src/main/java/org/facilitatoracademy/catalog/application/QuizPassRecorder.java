package org.facilitatoracademy.catalog.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.facilitatoracademy.assessment.application.QuizPassed;
import org.facilitatoracademy.catalog.domain.EnrollmentRepository;

/**
 * Learns of passed quizzes from grading and records them on the enrollment, in the grading
 * transaction: the next module opens exactly when the passing attempt is stored.
 */
@ApplicationScoped
public class QuizPassRecorder {

  @Inject private EnrollmentRepository enrollments;

  void record(@Observes QuizPassed passed) {
    enrollments
        .find(passed.accountId(), passed.courseId())
        .ifPresent(
            e ->
                e.recordQuizPass(
                    passed.quizId(),
                    passed.contentVersion(),
                    passed.scorePercent(),
                    passed.passedAt()));
  }
}
