package org.facilitatoracademy.assessment.domain;

import java.time.Instant;
import java.util.Objects;

/** A finished attempt, as the retake rules see it. */
public record PastAttempt(Instant startedAt, Instant finishedAt, boolean passed) {

  public PastAttempt {
    Objects.requireNonNull(startedAt);
    Objects.requireNonNull(finishedAt);
  }

  public static PastAttempt of(Attempt attempt) {
    return new PastAttempt(
        attempt.startedAt(), attempt.finishedAt().orElseThrow(), attempt.passed());
  }
}
