package org.facilitatoracademy.assessment.application;

import java.util.List;
import java.util.Optional;
import org.facilitatoracademy.assessment.domain.Attempt;
import org.facilitatoracademy.assessment.domain.FinishReason;

/**
 * A graded attempt: its grade ({@code score}, a percentage rounded to two decimals), whether it
 * passed, and feedback per question.
 */
public record AttemptResult(
    double score,
    boolean passed,
    int passMark,
    double marks,
    int maxMarks,
    Optional<FinishReason> finishReason,
    List<SlotResult> questions) {

  static Optional<AttemptResult> of(Attempt attempt) {
    if (!attempt.isFinished()) {
      return Optional.empty();
    }
    return Optional.of(
        new AttemptResult(
            rounded(attempt.percent().orElseThrow()),
            attempt.passed(),
            attempt.passMark(),
            attempt.marks().orElseThrow(),
            attempt.maxMarks(),
            attempt.finishReason(),
            attempt.slots().stream().map(SlotResult::of).toList()));
  }

  static double rounded(double percent) {
    return Math.round(percent * 100) / 100.0;
  }
}
