package org.facilitatoracademy.facilitation.domain;

/** Where a credential stands, in the words of DOMAIN.md §5. */
public enum CredentialStanding {
  ACTIVE,
  /** Past its expiry date: during the grace period current meetings are kept. */
  EXPIRED,
  /** Voluntary leave. */
  INACTIVE,
  /** Under review. */
  SUSPENDED,
  /** Withdrawn for good. */
  REVOKED
}
