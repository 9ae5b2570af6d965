package org.facilitatoracademy.assessment.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.facilitatoracademy.catalog.domain.Quiz;

/**
 * When a person may start another attempt: {@code maxAttempts} failed attempts close the quiz for
 * {@code lockDays}, after which {@code maxAttempts} more are allowed, and so on — nobody fails the
 * program for good, they keep learning. Without {@code lockDays}, attempts end after {@code
 * maxAttempts} failures. Attempts start at least {@code minDaysBetweenAttempts} apart, counted from
 * the previous start. A passed quiz is not taken again.
 */
public record RetakeRules(int maxAttempts, Optional<Integer> lockDays, int minDaysBetweenAttempts) {

  public RetakeRules {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("At least one attempt is allowed");
    }
    if (minDaysBetweenAttempts < 0) {
      throw new IllegalArgumentException("Days between attempts cannot be negative");
    }
  }

  public static RetakeRules of(Quiz quiz) {
    return new RetakeRules(quiz.maxAttempts(), quiz.lockDays(), quiz.minDaysBetweenAttempts());
  }

  /**
   * @param finished the person's finished attempts at the quiz in one course, in any order
   */
  public Eligibility check(List<PastAttempt> finished, Instant now) {
    if (finished.stream().anyMatch(PastAttempt::passed)) {
      return new Eligibility(Eligibility.Verdict.PASSED, 0, Optional.empty());
    }
    List<PastAttempt> inOrder =
        finished.stream().sorted(Comparator.comparing(PastAttempt::finishedAt)).toList();
    int failures = inOrder.size();
    boolean blockUsed = failures > 0 && failures % maxAttempts == 0;
    if (blockUsed) {
      if (lockDays.isEmpty()) {
        return new Eligibility(Eligibility.Verdict.USED_UP, 0, Optional.empty());
      }
      Instant lockedUntil =
          inOrder.get(failures - 1).finishedAt().plus(Duration.ofDays(lockDays.get()));
      if (now.isBefore(lockedUntil)) {
        return new Eligibility(Eligibility.Verdict.LOCKED, 0, Optional.of(lockedUntil));
      }
    }
    int left = maxAttempts - failures % maxAttempts;
    Optional<Instant> lastStart =
        inOrder.stream().map(PastAttempt::startedAt).max(Comparator.naturalOrder());
    if (minDaysBetweenAttempts > 0 && lastStart.isPresent()) {
      Instant next = lastStart.get().plus(Duration.ofDays(minDaysBetweenAttempts));
      if (now.isBefore(next)) {
        return new Eligibility(Eligibility.Verdict.TOO_SOON, left, Optional.of(next));
      }
    }
    return new Eligibility(Eligibility.Verdict.ALLOWED, left, Optional.empty());
  }
}
