package org.facilitatoracademy.assessment.application;

import java.util.List;
import java.util.Optional;
import org.facilitatoracademy.assessment.domain.Eligibility;

/**
 * A quiz as the person sees it before starting: its rules, what still has to be done first, the
 * attempts left, a running lock and its end, an open attempt to continue, and the history.
 *
 * @param unmet prerequisites not yet met: {@code module:<id>} (a module to finish first) or {@code
 *     lessons:<moduleId>} (the module's lessons to finish)
 */
public record QuizOverview(
    String quizId,
    String title,
    boolean exam,
    String courseId,
    String courseTitle,
    int passMark,
    int questions,
    Optional<Integer> timeLimitMinutes,
    int maxAttempts,
    Optional<Integer> lockDays,
    int minDaysBetweenAttempts,
    List<String> unmet,
    Eligibility eligibility,
    Optional<String> openAttemptId,
    List<AttemptSummary> history) {

  /** Starting (or continuing) is possible right now. */
  public boolean canStart() {
    return openAttemptId.isPresent() || (unmet.isEmpty() && eligibility.allowed());
  }

  public boolean passed() {
    return eligibility.verdict() == Eligibility.Verdict.PASSED;
  }

  public boolean locked() {
    return eligibility.verdict() == Eligibility.Verdict.LOCKED;
  }

  public Optional<Double> bestScore() {
    return history.stream().flatMap(h -> h.score().stream()).max(Double::compare);
  }
}
