package org.facilitatoracademy.assessment.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.facilitatoracademy.platform.errors.BusinessException;

/**
 * Whether another attempt may start now, how many attempts are left before a lock, and until when a
 * lock or a waiting time runs.
 */
public record Eligibility(Verdict verdict, int attemptsLeft, Optional<Instant> until) {

  /** The answer of the retake rules. */
  public enum Verdict {
    ALLOWED,
    /** The quiz is passed in this course; it is not taken again. */
    PASSED,
    /** {@code maxAttempts} failures: locked until {@link #until}. */
    LOCKED,
    /** {@code maxAttempts} failures and the quiz has no lock period to wait out. */
    USED_UP,
    /** The previous attempt started less than {@code minDaysBetweenAttempts} ago. */
    TOO_SOON
  }

  public boolean allowed() {
    return verdict == Verdict.ALLOWED;
  }

  /** The refusal to give when an attempt is asked for anyway; {@code unmet} says until when. */
  public BusinessException refusal() {
    return switch (verdict) {
      case ALLOWED -> throw new IllegalStateException("Nothing to refuse");
      case PASSED ->
          new BusinessException(
              BusinessException.Kind.RULE,
              "quiz-passed",
              "You have passed this quiz in this course already.",
              List.of("quiz-passed"));
      case LOCKED ->
          new BusinessException(
              BusinessException.Kind.RULE,
              "quiz-locked",
              "You have used your attempts; the quiz opens again on " + until.orElseThrow() + ".",
              List.of("locked-until:" + until.orElseThrow()));
      case USED_UP ->
          new BusinessException(
              BusinessException.Kind.RULE,
              "attempts-used-up",
              "You have used every attempt at this quiz.",
              List.of("attempts-used-up"));
      case TOO_SOON ->
          new BusinessException(
              BusinessException.Kind.RULE,
              "attempt-too-soon",
              "Attempts at this quiz are spaced out; the next one can start on "
                  + until.orElseThrow()
                  + ".",
              List.of("next-attempt-from:" + until.orElseThrow()));
    };
  }
}
