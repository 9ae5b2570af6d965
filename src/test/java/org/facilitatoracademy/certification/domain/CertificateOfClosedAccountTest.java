package org.facilitatoracademy.certification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.facilitatoracademy.certification.domain.CertificateFixture.*;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The retention rule for a certificate whose holder closed their account. */
class CertificateOfClosedAccountTest {

  private static final Instant CLOSED = Instant.parse("2026-06-02T10:00:00Z");

  private static Certificate withStatus(CertificateStatus status) {
    Certificate c = imported();
    if (status != CertificateStatus.ACTIVE) {
      c.changeStatus(status, "coordinator", TODAY, NOW);
    }
    return c;
  }

  @ParameterizedTest
  @EnumSource(
      value = CertificateStatus.class,
      names = {"ACTIVE", "INACTIVE", "SUSPENDED"})
  void aCertificateInUseEndsAsInactiveNeverRevoked(CertificateStatus status) {
    Certificate c = withStatus(status);

    StatusChange change = c.closeWithHolder(CLOSED);

    assertThat(change.to()).isEqualTo(CertificateStatus.INACTIVE);
    assertThat(c.statusOn(TODAY)).isEqualTo(CertificateStatus.INACTIVE);
    assertThat(c.mayBeAssignedOn(TODAY)).isFalse();
    assertThat(c.mayLeadOn(TODAY, GRACE)).isFalse();
    assertThat(c.onLeaveByHolder()).isFalse();
    assertThat(c.holderClosed()).isTrue();
  }

  @Test
  void theRecordKeepsNumberCredentialDatesAndStatusButNotTheName() {
    Certificate c = imported();

    c.closeWithHolder(CLOSED);

    assertThat(c.displayName()).isEmpty();
    assertThat(c.credential()).isEqualTo(CredentialType.FACILITATOR);
    assertThat(c.issuedOn()).isEqualTo(ISSUED);
    assertThat(c.expiresOn()).isEqualTo(EXPIRES);
    assertThat(c.code()).isEqualTo("0123456789ABCDEF");
    assertThat(c.statusChangedAt()).isEqualTo(CLOSED);
  }

  @Test
  void aRevokedCertificateStaysRevoked() {
    Certificate c = withStatus(CertificateStatus.REVOKED);

    StatusChange change = c.closeWithHolder(CLOSED);

    assertThat(change)
        .isEqualTo(new StatusChange(CertificateStatus.REVOKED, CertificateStatus.REVOKED));
    assertThat(c.statusOn(TODAY)).isEqualTo(CertificateStatus.REVOKED);
  }

  @Test
  void anExpiredCertificateInItsGracePeriodStopsTheLeadingButStillReadsExpired() {
    Certificate c = imported();
    c.expireIfDue(EXPIRES, NOW);
    LocalDate inGrace = EXPIRES.plusDays(5);
    assertThat(c.mayLeadOn(inGrace, GRACE)).isTrue();

    c.closeWithHolder(CLOSED);

    assertThat(c.mayLeadOn(inGrace, GRACE)).isFalse();
    assertThat(c.statusOn(inGrace)).isEqualTo(CertificateStatus.EXPIRED);
  }

  @Test
  void nothingMakesItActiveAgain() {
    Certificate c = imported();
    c.closeWithHolder(CLOSED);

    assertThat(
            refusal(() -> c.changeStatus(CertificateStatus.ACTIVE, "coordinator", TODAY, CLOSED)))
        .isEqualTo("CONFLICT holder-account-closed");
    assertThat(c.renewableOn(TODAY, GRACE)).isFalse();

    Certificate revoked = withStatus(CertificateStatus.REVOKED);
    revoked.closeWithHolder(CLOSED);
    assertThat(refusal(() -> revoked.reinstate("appeals", CLOSED)))
        .isEqualTo("CONFLICT holder-account-closed");
    assertThat(c.statusOn(TODAY)).isEqualTo(CertificateStatus.INACTIVE);
    assertThat(revoked.statusOn(TODAY)).isEqualTo(CertificateStatus.REVOKED);
  }

  @Test
  void aCoordinatorMayStillRevokeItLater() {
    Certificate c = imported();
    c.closeWithHolder(CLOSED);

    c.changeStatus(CertificateStatus.REVOKED, "coordinator", TODAY, CLOSED);

    assertThat(c.statusOn(TODAY)).isEqualTo(CertificateStatus.REVOKED);
  }
}
