package org.facilitatoracademy.verification.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.facilitatoracademy.verification.domain.Credential;
import org.facilitatoracademy.verification.domain.HeldStatus;
import org.facilitatoracademy.verification.domain.PublicStatus;
import org.facilitatoracademy.verification.domain.StatusList;
import org.facilitatoracademy.verification.domain.VerifiableCertificate;
import org.facilitatoracademy.verification.domain.VerificationCode;
import org.junit.jupiter.api.Test;

/** What a verifier learns once the holder has closed their account. */
class VerifiedCertificateTest {

  private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");
  private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

  private static VerifiableCertificate certificate() {
    return new VerifiableCertificate(
        "certificate",
        "holder",
        VerificationCode.read("0123456789ABCDEF").orElseThrow(),
        Credential.FACILITATOR,
        "Sam T.",
        HeldStatus.ACTIVE,
        LocalDate.of(2026, 3, 1),
        LocalDate.of(2028, 3, 1),
        StatusList.forRevocation(StatusList.MINIMUM_SIZE, NOW),
        7,
        NOW);
  }

  @Test
  void theChosenNameIsShownWhileTheAccountIsOpen() {
    VerifiedCertificate seen = VerifiedCertificate.of(certificate(), TODAY, "Academy");

    assertThat(seen.displayName()).isEqualTo("Sam T.");
    assertThat(seen.nameWithheld()).isFalse();
  }

  @Test
  void aClosedAccountsCertificateIsStillFoundWithItsStatusButNoName() {
    VerifiableCertificate c = certificate();
    c.withholdName(NOW);
    c.update(HeldStatus.INACTIVE, c.expiresOn(), "", NOW);

    VerifiedCertificate seen = VerifiedCertificate.of(c, TODAY, "Academy");

    assertThat(seen.nameWithheld()).isTrue();
    assertThat(seen.displayName()).isNull();
    assertThat(seen.status()).isEqualTo(PublicStatus.INACTIVE);
    assertThat(seen.code()).isEqualTo("0123-4567-89AB-CDEF");
  }

  @Test
  void aNameArrivingAfterTheClosingIsNotShown() {
    VerifiableCertificate c = certificate();
    c.withholdName(NOW);

    c.update(HeldStatus.INACTIVE, c.expiresOn(), "Sam T.", NOW);

    assertThat(VerifiedCertificate.of(c, TODAY, "Academy").nameWithheld()).isTrue();
  }
}
