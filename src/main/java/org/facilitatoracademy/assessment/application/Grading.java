package org.facilitatoracademy.assessment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.facilitatoracademy.assessment.domain.Attempt;
import org.facilitatoracademy.assessment.domain.AttemptContribution;
import org.facilitatoracademy.assessment.domain.FinishReason;
import org.facilitatoracademy.assessment.domain.ItemStatistics;
import org.facilitatoracademy.audit.application.AuditLog;

/**
 * Grades an attempt, in the caller's transaction, holding the attempt's row lock: the grade, the
 * running totals of item analysis and the catalog's record of a pass commit together or not at all,
 * and only once however many requests submit at the same moment.
 */
@ApplicationScoped
public class Grading {

  @Inject private ItemStatistics statistics;
  @Inject private Event<QuizPassed> quizPassed;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  /**
   * @param actor who caused the grading: the person submitting, or {@code system} for the job that
   *     closes attempts whose time ran out
   */
  public void finish(Attempt attempt, String actor) {
    Instant now = Instant.now(clock);
    attempt.finish(now);
    statistics.add(attempt.quizId(), AttemptContribution.of(attempt));
    double percent = attempt.percent().orElseThrow();
    if (attempt.passed()) {
      quizPassed.fire(
          new QuizPassed(
              attempt.accountId(),
              attempt.courseId(),
              attempt.quizId(),
              attempt.contentVersion(),
              (int) Math.floor(percent + 1e-9),
              now));
    }
    audit.record(
        actor,
        "attempt.graded",
        attempt.publicId(),
        String.format(
            "%s in %s: %.1f%%, %s%s",
            attempt.quizId(),
            attempt.courseId(),
            percent,
            attempt.passed() ? "passed" : "not passed",
            attempt.finishReason().orElseThrow() == FinishReason.DEADLINE
                ? ", as it stood at the deadline"
                : ""));
  }
}
