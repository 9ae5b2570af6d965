package org.facilitatoracademy.identity.domain;

import java.time.Duration;

/** After this many failed sign-ins in a row an account is locked for a while. */
public record LockoutPolicy(int threshold, Duration duration) {

  public LockoutPolicy {
    if (threshold < 1) {
      throw new IllegalArgumentException("The lockout threshold must be at least 1");
    }
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException("The lockout duration must be positive");
    }
  }
}
