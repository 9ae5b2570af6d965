package org.facilitatoracademy.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

  private final PasswordPolicy policy = new PasswordPolicy(10);

  @Test
  void aLongPasswordOfUnrelatedWordsIsAccepted() {
    assertThat(policy.violation("rivers and hills", "sam@example.org")).isEmpty();
  }

  @Test
  void aShortPasswordNamesTheMinimumLength() {
    assertThat(policy.violation("short", "sam@example.org"))
        .contains("A password needs at least 10 characters.");
  }

  @Test
  void aCommonPasswordIsRefused() {
    assertThat(policy.violation("Password123", "sam@example.org"))
        .get()
        .asString()
        .contains("commonly used");
  }

  @Test
  void aPasswordContainingTheEmailIsRefused() {
    assertThat(policy.violation("samwise-the-brave", "samwise@example.org"))
        .get()
        .asString()
        .contains("email");
  }

  @Test
  void aPasswordOfOneRepeatedCharacterIsRefused() {
    assertThat(policy.violation("aaaaaaaaaaaa", "sam@example.org"))
        .get()
        .asString()
        .contains("different characters");
  }
}
