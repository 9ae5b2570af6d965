package org.facilitatoracademy.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccountTest {

  private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
  private static final LockoutPolicy FIVE_FOR_15_MINUTES =
      new LockoutPolicy(5, Duration.ofMinutes(15));

  private static Account account() {
    return new Account(new EmailAddress("Sam@Example.org"), "Sam T.", "london", "hash", NOW);
  }

  @Test
  void theFifthFailureInARowLocksForTheConfiguredDuration() {
    Account account = account();
    for (int i = 0; i < 4; i++) {
      assertThat(account.recordFailedSignIn(NOW, FIVE_FOR_15_MINUTES)).isFalse();
    }
    assertThat(account.recordFailedSignIn(NOW, FIVE_FOR_15_MINUTES)).isTrue();
    assertThat(account.isLocked(NOW.plus(Duration.ofMinutes(14)))).isTrue();
    assertThat(account.isLocked(NOW.plus(Duration.ofMinutes(15)))).isFalse();
  }

  @Test
  void aSuccessfulSignInResetsTheCount() {
    Account account = account();
    for (int i = 0; i < 4; i++) {
      account.recordFailedSignIn(NOW, FIVE_FOR_15_MINUTES);
    }
    account.recordSuccessfulSignIn();
    assertThat(account.recordFailedSignIn(NOW, FIVE_FOR_15_MINUTES)).isFalse();
    assertThat(account.failedSignIns()).isEqualTo(1);
  }

  @Test
  void failuresWhileLockedDoNotExtendTheLock() {
    Account account = account();
    for (int i = 0; i < 5; i++) {
      account.recordFailedSignIn(NOW, FIVE_FOR_15_MINUTES);
    }
    Instant until = account.lockedUntil().orElseThrow();
    assertThat(account.recordFailedSignIn(NOW.plusSeconds(60), FIVE_FOR_15_MINUTES)).isFalse();
    assertThat(account.lockedUntil()).contains(until);
  }

  @Test
  void afterALockRunsOutTheCountStartsAfresh() {
    Account account = account();
    for (int i = 0; i < 5; i++) {
      account.recordFailedSignIn(NOW, FIVE_FOR_15_MINUTES);
    }
    Instant later = NOW.plus(Duration.ofMinutes(20));
    assertThat(account.recordFailedSignIn(later, FIVE_FOR_15_MINUTES)).isFalse();
    assertThat(account.isLocked(later)).isFalse();
  }

  @Test
  void everyAccountKeepsTheTraineeRole() {
    Account account = account();
    account.replaceRoles(Set.of(Role.COORDINATOR));
    assertThat(account.roles()).containsExactlyInAnyOrder(Role.TRAINEE, Role.COORDINATOR);
  }

  @Test
  void changingThePasswordChangesTheCredentialStamp() {
    Account account = account();
    String before = account.credentialStamp();
    account.changePasswordHash("other");
    assertThat(account.credentialStamp()).isNotEqualTo(before);
  }

  @Test
  void closingErasesPersonalData() {
    Account account = account();
    account.close(NOW, "unusable");
    assertThat(account.email()).doesNotContain("Sam").endsWith("@closed.invalid");
    assertThat(account.displayName()).isEqualTo("Closed account");
    assertThat(account.isClosed()).isTrue();
  }
}
