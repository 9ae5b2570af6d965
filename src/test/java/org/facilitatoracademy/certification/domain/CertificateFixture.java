package org.facilitatoracademy.certification.domain;

import java.time.Instant;
import java.time.LocalDate;
import org.facilitatoracademy.platform.errors.BusinessException;

/** Certificates, days and refusals as the certification domain tests use them. */
final class CertificateFixture {

  static final LocalDate ISSUED = LocalDate.of(2026, 3, 1);
  static final LocalDate EXPIRES = LocalDate.of(2028, 3, 1);
  static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
  static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");
  static final int GRACE = 30;

  private CertificateFixture() {}

  /** A facilitator certificate issued on an approved application, active today. */
  static Certificate issued() {
    return new Certificate(
        "holder",
        CredentialType.FACILITATOR,
        "Sam T.",
        "north-west",
        ISSUED,
        EXPIRES,
        "0123456789ABCDEF",
        "application",
        new EarnedOn("facilitator", "2026.1", "abc", "def"),
        false,
        "coordinator",
        NOW);
  }

  /** The same certificate brought in by an import, as for people certified before the platform. */
  static Certificate imported() {
    return new Certificate(
        "holder",
        CredentialType.FACILITATOR,
        "Sam T.",
        "north-west",
        ISSUED,
        EXPIRES,
        "0123456789ABCDEF",
        null,
        null,
        true,
        "admin",
        NOW);
  }

  /** The kind and code of the refusal the action meets; fails the test when it is not refused. */
  static String refusal(Runnable action) {
    try {
      action.run();
    } catch (BusinessException e) {
      return e.kind() + " " + e.code();
    }
    throw new AssertionError("not refused");
  }
}
