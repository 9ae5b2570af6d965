package org.facilitatoracademy.identity.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What makes a password acceptable. Length matters far more than character classes, so the policy
 * asks for a long password and refuses the handful everyone tries first.
 */
public final class PasswordPolicy {

  private static final Set<String> COMMON =
      Set.of(
          "password",
          "password1",
          "password123",
          "passw0rd",
          "1234567890",
          "12345678910",
          "qwertyuiop",
          "iloveyou12",
          "letmein123",
          "welcome123",
          "recovery123",
          "smartrecovery",
          "administrator",
          "changeme123");

  private final int minLength;

  public PasswordPolicy(int minLength) {
    this.minLength = minLength;
  }

  /**
   * Returns the rule the password breaks, in words a person understands, or empty when it is
   * acceptable.
   */
  public Optional<String> violation(String password, String email) {
    if (password == null || password.length() < minLength) {
      return Optional.of("A password needs at least " + minLength + " characters.");
    }
    if (password.length() > 200) {
      return Optional.of("A password can have at most 200 characters.");
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if (COMMON.contains(lower)) {
      return Optional.of("This password is one of the most commonly used; choose another.");
    }
    if (email != null && !email.isBlank()) {
      String local = email.toLowerCase(Locale.ROOT).split("@")[0];
      if (lower.equals(email.toLowerCase(Locale.ROOT))
          || (local.length() >= 4 && lower.contains(local))) {
        return Optional.of("A password must not contain your email address.");
      }
    }
    if (password.chars().distinct().count() < 4) {
      return Optional.of("A password needs at least 4 different characters.");
    }
    return Optional.empty();
  }

  public int minLength() {
    return minLength;
  }
}
