package org.facilitatoracademy.certification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.facilitatoracademy.assessment.application.QuizPassed;
import org.facilitatoracademy.certification.domain.PassedQuiz;
import org.facilitatoracademy.certification.domain.PassedQuizRepository;

/**
 * Keeps certification's own evidence of passed quizzes as grading announces them, in the grading
 * transaction: the score and content version a coordinator sees, and the date renewal needs to tell
 * whether the refresher was passed during the current validity period.
 */
@ApplicationScoped
public class PassedQuizRecorder {

  @Inject private PassedQuizRepository passes;

  void record(@Observes QuizPassed passed) {
    passes.store(
        new PassedQuiz(
            passed.accountId(),
            passed.courseId(),
            passed.quizId(),
            passed.contentVersion(),
            passed.scorePercent(),
            passed.passedAt()));
  }
}
