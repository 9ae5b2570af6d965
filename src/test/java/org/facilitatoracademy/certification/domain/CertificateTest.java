package org.facilitatoracademy.certification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.facilitatoracademy.certification.domain.CertificateFixture.*;

import java.time.LocalDate;
import org.facilitatoracademy.platform.errors.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CertificateTest {

  @Test
  void aNewCertificateIsActiveUntilItsExpiryDateAndExpiredFromIt() {
    Certificate c = issued();
    assertThat(c.statusOn(TODAY)).isEqualTo(CertificateStatus.ACTIVE);
    assertThat(c.statusOn(EXPIRES.minusDays(1))).isEqualTo(CertificateStatus.ACTIVE);
    assertThat(c.statusOn(EXPIRES)).isEqualTo(CertificateStatus.EXPIRED);
    assertThat(c.storedStatus()).isEqualTo(CertificateStatus.ACTIVE);
  }

  @Test
  void expiryFollowsTheClockForLeaveTooButNotForSuspensionOrRevocation() {
    Certificate onLeave = issued();
    onLeave.takeLeave(true, TODAY, NOW);
    assertThat(onLeave.statusOn(EXPIRES)).isEqualTo(CertificateStatus.EXPIRED);

    Certificate suspended = issued();
    suspended.changeStatus(CertificateStatus.SUSPENDED, "coordinator", TODAY, NOW);
    assertThat(suspended.statusOn(EXPIRES.plusYears(1))).isEqualTo(CertificateStatus.SUSPENDED);

    Certificate revoked = issued();
    revoked.changeStatus(CertificateStatus.REVOKED, "coordinator", TODAY, NOW);
    assertThat(revoked.statusOn(EXPIRES.plusYears(1))).isEqualTo(CertificateStatus.REVOKED);
  }

  @Test
  void theDailyJobStoresTheExpiryOnceTheDateHasCome() {
    Certificate c = issued();
    assertThat(c.expireIfDue(EXPIRES.minusDays(1), NOW)).isEmpty();
    assertThat(c.expireIfDue(EXPIRES, NOW))
        .contains(new StatusChange(CertificateStatus.ACTIVE, CertificateStatus.EXPIRED));
    assertThat(c.expireIfDue(EXPIRES.plusDays(1), NOW)).isEmpty();
  }

  @Test
  void aHolderMayLeadDuringTheGracePeriodButMayNotBeNewlyAssigned() {
    Certificate c = issued();
    assertThat(c.mayBeAssignedOn(TODAY)).isTrue();
    assertThat(c.mayLeadOn(EXPIRES.plusDays(GRACE - 1), GRACE)).isTrue();
    assertThat(c.mayBeAssignedOn(EXPIRES)).isFalse();
    assertThat(c.mayLeadOn(EXPIRES.plusDays(GRACE), GRACE)).isFalse();
  }

  @Test
  void leaveSuspensionAndRevocationStopLeadingAtOnce() {
    Certificate c = issued();
    c.takeLeave(true, TODAY, NOW);
    assertThat(c.mayLeadOn(TODAY, GRACE)).isFalse();
    Certificate s = issued();
    s.changeStatus(CertificateStatus.SUSPENDED, "coordinator", TODAY, NOW);
    assertThat(s.mayLeadOn(TODAY, GRACE)).isFalse();
  }

  @ParameterizedTest
  @EnumSource(
      value = CertificateStatus.class,
      names = {"ACTIVE", "INACTIVE", "SUSPENDED", "REVOKED"})
  void revokedIsFinal(CertificateStatus target) {
    Certificate c = issued();
    c.changeStatus(CertificateStatus.REVOKED, "coordinator", TODAY, NOW);
    assertThat(refusal(() -> c.changeStatus(target, "other", TODAY, NOW)))
        .isEqualTo("CONFLICT revoked-final");
    assertThat(refusal(() -> c.takeLeave(false, TODAY, NOW))).startsWith("CONFLICT");
    assertThat(refusal(() -> c.renew(EXPIRES.plusYears(2), TODAY, GRACE, "holder", NOW)))
        .isEqualTo("CONFLICT not-renewable");
  }

  @Test
  void activeComesBackOnlyFromInactiveOrSuspendedAndNotAfterExpiry() {
    Certificate c = issued();
    assertThat(refusal(() -> c.changeStatus(CertificateStatus.ACTIVE, "coordinator", TODAY, NOW)))
        .isEqualTo("CONFLICT status-unchanged");

    c.changeStatus(CertificateStatus.SUSPENDED, "coordinator", TODAY, NOW);
    assertThat(c.changeStatus(CertificateStatus.ACTIVE, "coordinator", TODAY, NOW))
        .isEqualTo(new StatusChange(CertificateStatus.SUSPENDED, CertificateStatus.ACTIVE));

    c.changeStatus(CertificateStatus.INACTIVE, "coordinator", TODAY, NOW);
    assertThat(refusal(() -> c.changeStatus(CertificateStatus.ACTIVE, "coordinator", EXPIRES, NOW)))
        .isEqualTo("CONFLICT expired");

    Certificate suspended = issued();
    suspended.changeStatus(CertificateStatus.SUSPENDED, "coordinator", TODAY, NOW);
    assertThat(
            refusal(
                () ->
                    suspended.changeStatus(
                        CertificateStatus.ACTIVE, "coordinator", EXPIRES.plusDays(1), NOW)))
        .isEqualTo("CONFLICT expired");
  }

  @Test
  void anExpiredCertificateCanBeSuspendedOrRevokedButNotSetInactive() {
    Certificate c = issued();
    assertThat(
            refusal(() -> c.changeStatus(CertificateStatus.INACTIVE, "coordinator", EXPIRES, NOW)))
        .isEqualTo("CONFLICT not-active");
    assertThat(c.changeStatus(CertificateStatus.SUSPENDED, "coordinator", EXPIRES, NOW).to())
        .isEqualTo(CertificateStatus.SUSPENDED);
  }

  @Test
  void nobodyChangesTheStatusOfTheirOwnCertificate() {
    Certificate c = issued();
    assertThat(refusal(() -> c.changeStatus(CertificateStatus.SUSPENDED, "holder", TODAY, NOW)))
        .isEqualTo("FORBIDDEN own-certificate");
  }

  @Test
  void expiredCannotBeSetByHand() {
    Certificate c = issued();
    assertThat(refusal(() -> c.changeStatus(CertificateStatus.EXPIRED, "coordinator", TODAY, NOW)))
        .isEqualTo("MALFORMED malformed");
  }

  @Test
  void theHolderTakesLeaveAndComesBackButOnlyFromTheirOwnLeave() {
    Certificate c = issued();
    assertThat(c.takeLeave(true, TODAY, NOW))
        .isEqualTo(new StatusChange(CertificateStatus.ACTIVE, CertificateStatus.INACTIVE));
    assertThat(refusal(() -> c.takeLeave(true, TODAY, NOW))).isEqualTo("CONFLICT not-active");
    assertThat(c.takeLeave(false, TODAY, NOW))
        .isEqualTo(new StatusChange(CertificateStatus.INACTIVE, CertificateStatus.ACTIVE));
    assertThat(refusal(() -> c.takeLeave(false, TODAY, NOW))).isEqualTo("CONFLICT not-on-leave");

    c.changeStatus(CertificateStatus.INACTIVE, "coordinator", TODAY, NOW);
    assertThat(refusal(() -> c.takeLeave(false, TODAY, NOW)))
        .isEqualTo("CONFLICT leave-set-by-coordinator");
  }

  @Test
  void leaveIsRefusedFromSuspensionAndAfterExpiry() {
    Certificate c = issued();
    assertThat(refusal(() -> c.takeLeave(true, EXPIRES, NOW))).isEqualTo("CONFLICT not-active");
    c.changeStatus(CertificateStatus.SUSPENDED, "coordinator", TODAY, NOW);
    assertThat(refusal(() -> c.takeLeave(true, TODAY, NOW))).isEqualTo("CONFLICT not-active");
    assertThat(refusal(() -> c.takeLeave(false, TODAY, NOW))).isEqualTo("CONFLICT not-on-leave");
  }

  @Test
  void renewalInTheGracePeriodMakesAnExpiredCertificateActiveWithANewPeriod() {
    Certificate c = issued();
    c.expireIfDue(EXPIRES, NOW);
    LocalDate renewedOn = EXPIRES.plusDays(10);
    StatusChange change = c.renew(EXPIRES.plusYears(2), renewedOn, GRACE, "holder", NOW);
    assertThat(change)
        .isEqualTo(new StatusChange(CertificateStatus.EXPIRED, CertificateStatus.ACTIVE));
    assertThat(c.expiresOn()).isEqualTo(EXPIRES.plusYears(2));
    assertThat(c.periodStart()).isEqualTo(renewedOn);
    assertThat(c.statusOn(renewedOn)).isEqualTo(CertificateStatus.ACTIVE);
  }

  @Test
  void renewalBeyondTheGracePeriodIsRefused() {
    Certificate c = issued();
    c.expireIfDue(EXPIRES, NOW);
    assertThat(
            refusal(
                () -> c.renew(EXPIRES.plusYears(2), EXPIRES.plusDays(GRACE), GRACE, "holder", NOW)))
        .isEqualTo("CONFLICT not-renewable");
  }

  @Test
  void anUpheldAppealReinstatesARevokedCertificate() {
    Certificate c = issued();
    c.changeStatus(CertificateStatus.REVOKED, "coordinator", TODAY, NOW);
    assertThat(c.reinstate("other", NOW).to()).isEqualTo(CertificateStatus.ACTIVE);
    assertThat(refusal(() -> c.reinstate("other", NOW))).isEqualTo("CONFLICT not-appealable");
  }

  @Test
  void theVerificationWordHidesASuspension() {
    assertThat(CertificateStatus.SUSPENDED.publicStatus()).isEqualTo(CertificateStatus.INACTIVE);
    assertThat(CertificateStatus.REVOKED.publicStatus()).isEqualTo(CertificateStatus.REVOKED);
  }

  @Test
  void aCertificateExpiresAfterItIsIssued() {
    assertThatThrownBy(
            () ->
                new Certificate(
                    "h",
                    CredentialType.HOST,
                    "N",
                    "r",
                    ISSUED,
                    ISSUED,
                    "0123456789ABCDEF",
                    null,
                    null,
                    true,
                    "admin",
                    NOW))
        .isInstanceOf(BusinessException.class);
  }
}
