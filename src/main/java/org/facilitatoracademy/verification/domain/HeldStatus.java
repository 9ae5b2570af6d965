package org.facilitatoracademy.verification.domain;

import java.time.LocalDate;

/** A certificate's status as the certification context last reported it. */
public enum HeldStatus {
  ACTIVE,
  EXPIRED,
  INACTIVE,
  SUSPENDED,
  REVOKED;

  /**
   * The neutral word a verifier sees on a given day. A suspension shows as INACTIVE, so nobody
   * learns that a review is under way; an active or inactive certificate is EXPIRED from its expiry
   * date on, even before the certification context's daily job has caught up.
   */
  public PublicStatus publicStatusOn(LocalDate day, LocalDate expiresOn) {
    return switch (this) {
      case REVOKED -> PublicStatus.REVOKED;
      case SUSPENDED -> PublicStatus.INACTIVE;
      case EXPIRED -> PublicStatus.EXPIRED;
      case ACTIVE, INACTIVE -> {
        if (!day.isBefore(expiresOn)) {
          yield PublicStatus.EXPIRED;
        }
        yield this == ACTIVE ? PublicStatus.ACTIVE : PublicStatus.INACTIVE;
      }
    };
  }
}
