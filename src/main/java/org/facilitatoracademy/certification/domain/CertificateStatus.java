package org.facilitatoracademy.certification.domain;

/**
 * Where a certificate stands. Only ACTIVE lets its holder be given a meeting to lead; EXPIRED
 * follows from the date alone; REVOKED is final for every status change (only an upheld appeal
 * reverses it).
 */
public enum CertificateStatus {
  ACTIVE,
  /** The expiry date has come; for a grace period the holder keeps the meetings they lead. */
  EXPIRED,
  /** Voluntary leave, set by the holder or a coordinator; no reason is shown to anyone else. */
  INACTIVE,
  /** Under review by a coordinator. */
  SUSPENDED,
  /** Withdrawn for good. */
  REVOKED;

  /**
   * The neutral word the public may see: a suspension shows as INACTIVE, so a verifier learns
   * nothing about a review.
   */
  public CertificateStatus publicStatus() {
    return this == SUSPENDED ? INACTIVE : this;
  }
}
