package org.facilitatoracademy.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.facilitatoracademy.platform.errors.BusinessException;
import org.junit.jupiter.api.Test;

class RetakeRulesTest {

  private static final Instant T0 = Instant.parse("2026-11-02T09:00:00Z");
  private static final RetakeRules MODULE_QUIZ = new RetakeRules(3, Optional.of(7), 0);
  private static final RetakeRules EXAM = new RetakeRules(3, Optional.of(180), 7);

  private static List<PastAttempt> failures(int count, Duration apart) {
    List<PastAttempt> past = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Instant start = T0.plus(apart.multipliedBy(i));
      past.add(new PastAttempt(start, start.plus(Duration.ofMinutes(15)), false));
    }
    return past;
  }

  @Test
  void theFirstAttemptIsAllowedWithEveryAttemptLeft() {
    Eligibility e = MODULE_QUIZ.check(List.of(), T0);
    assertThat(e.allowed()).isTrue();
    assertThat(e.attemptsLeft()).isEqualTo(3);
  }

  @Test
  void eachFailureUsesOneAttemptOfTheBlock() {
    Eligibility e =
        MODULE_QUIZ.check(failures(2, Duration.ofHours(1)), T0.plus(Duration.ofDays(1)));
    assertThat(e.allowed()).isTrue();
    assertThat(e.attemptsLeft()).isEqualTo(1);
  }

  @Test
  void maxAttemptsFailuresLockTheQuizForLockDaysFromTheLastFailure() {
    List<PastAttempt> past = failures(3, Duration.ofHours(1));
    Instant lastFinished = past.get(2).finishedAt();

    Eligibility locked = MODULE_QUIZ.check(past, lastFinished.plus(Duration.ofDays(6)));

    assertThat(locked.verdict()).isEqualTo(Eligibility.Verdict.LOCKED);
    assertThat(locked.until()).contains(lastFinished.plus(Duration.ofDays(7)));
    assertThat(locked.attemptsLeft()).isZero();
    BusinessException refusal = locked.refusal();
    assertThat(refusal.kind()).isEqualTo(BusinessException.Kind.RULE);
    assertThat(refusal.unmet())
        .containsExactly("locked-until:" + lastFinished.plus(Duration.ofDays(7)));
  }

  @Test
  void afterTheLockMaxAttemptsMoreAreAllowedAndThenTheNextLock() {
    List<PastAttempt> past = failures(3, Duration.ofHours(1));
    Instant afterLock = past.get(2).finishedAt().plus(Duration.ofDays(7));

    Eligibility reopened = MODULE_QUIZ.check(past, afterLock);
    assertThat(reopened.allowed()).isTrue();
    assertThat(reopened.attemptsLeft()).isEqualTo(3);

    List<PastAttempt> six = new ArrayList<>(past);
    for (int i = 0; i < 3; i++) {
      Instant start = afterLock.plus(Duration.ofHours(i));
      six.add(new PastAttempt(start, start.plusSeconds(60), false));
    }
    Eligibility lockedAgain = MODULE_QUIZ.check(six, afterLock.plus(Duration.ofDays(1)));
    assertThat(lockedAgain.verdict()).isEqualTo(Eligibility.Verdict.LOCKED);
    assertThat(lockedAgain.until()).contains(six.get(5).finishedAt().plus(Duration.ofDays(7)));
  }

  @Test
  void withoutALockPeriodAttemptsAreUsedUp() {
    RetakeRules noLock = new RetakeRules(2, Optional.empty(), 0);
    Eligibility e = noLock.check(failures(2, Duration.ofHours(1)), T0.plus(Duration.ofDays(400)));
    assertThat(e.verdict()).isEqualTo(Eligibility.Verdict.USED_UP);
    assertThat(e.refusal().code()).isEqualTo("attempts-used-up");
  }

  @Test
  void examAttemptsStartAtLeastSevenDaysApart() {
    List<PastAttempt> past = failures(1, Duration.ZERO);

    Eligibility tooSoon = EXAM.check(past, T0.plus(Duration.ofDays(6)));
    assertThat(tooSoon.verdict()).isEqualTo(Eligibility.Verdict.TOO_SOON);
    assertThat(tooSoon.until()).contains(T0.plus(Duration.ofDays(7)));
    assertThat(tooSoon.attemptsLeft()).isEqualTo(2);

    assertThat(EXAM.check(past, T0.plus(Duration.ofDays(7))).allowed()).isTrue();
  }

  @Test
  void threeFailedExamsLockForHalfAYear() {
    List<PastAttempt> past = failures(3, Duration.ofDays(7));
    Eligibility e = EXAM.check(past, past.get(2).finishedAt().plus(Duration.ofDays(179)));
    assertThat(e.verdict()).isEqualTo(Eligibility.Verdict.LOCKED);
    assertThat(e.until()).contains(past.get(2).finishedAt().plus(Duration.ofDays(180)));
  }

  @Test
  void aPassedQuizIsNotTakenAgain() {
    List<PastAttempt> past = new ArrayList<>(failures(1, Duration.ZERO));
    past.add(new PastAttempt(T0.plusSeconds(3600), T0.plusSeconds(4000), true));
    Eligibility e = MODULE_QUIZ.check(past, T0.plus(Duration.ofDays(1)));
    assertThat(e.verdict()).isEqualTo(Eligibility.Verdict.PASSED);
    assertThat(e.refusal().code()).isEqualTo("quiz-passed");
  }
}
