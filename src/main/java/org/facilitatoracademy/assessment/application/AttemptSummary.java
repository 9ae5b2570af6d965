package org.facilitatoracademy.assessment.application;

import java.time.Instant;
import java.util.Optional;
import org.facilitatoracademy.assessment.domain.Attempt;
import org.facilitatoracademy.assessment.domain.AttemptState;

/** One line of a person's attempt history. */
public record AttemptSummary(
    String attemptId,
    String quizId,
    String courseId,
    int number,
    AttemptState state,
    Instant startedAt,
    Optional<Instant> deadline,
    Optional<Instant> finishedAt,
    Optional<Double> score,
    boolean passed) {

  static AttemptSummary of(Attempt a) {
    return new AttemptSummary(
        a.publicId(),
        a.quizId(),
        a.courseId(),
        a.number(),
        a.state(),
        a.startedAt(),
        a.deadline(),
        a.finishedAt(),
        a.percent().map(AttemptResult::rounded),
        a.passed());
  }

  public boolean finished() {
    return state == AttemptState.FINISHED;
  }
}
