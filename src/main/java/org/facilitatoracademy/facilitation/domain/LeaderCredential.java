package org.facilitatoracademy.facilitation.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One credential a person holds, reduced to what decides who may lead: its kind, its standing and
 * its expiry date.
 */
public record LeaderCredential(
    CredentialKind kind, CredentialStanding standing, LocalDate expiresOn) {

  public LeaderCredential {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(standing, "standing");
    Objects.requireNonNull(expiresOn, "expiresOn");
  }

  /** Active and not yet past its expiry date on that day. */
  public boolean isActiveOn(LocalDate day) {
    return standing == CredentialStanding.ACTIVE && day.isBefore(expiresOn);
  }

  /**
   * Active, or expired (by status or by date alone) with the grace period still running on that
   * day. Leave, suspension and revocation never keep anyone leading.
   */
  public boolean isActiveOrInGraceOn(LocalDate day, int graceDays) {
    boolean lapsedOnlyByDate =
        standing == CredentialStanding.ACTIVE || standing == CredentialStanding.EXPIRED;
    return lapsedOnlyByDate && day.isBefore(expiresOn.plusDays(graceDays));
  }
}
