package org.facilitatoracademy.verification.domain;

/** The only status words the public ever sees. There is deliberately no word for a suspension. */
public enum PublicStatus {
  ACTIVE,
  EXPIRED,
  INACTIVE,
  REVOKED
}
