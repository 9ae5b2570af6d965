package org.facilitatoracademy.verification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A certificate's life told as its history, then asked about one day after another. */
class StatusOnDayTest {

  private static final LocalDate ISSUED = LocalDate.of(2025, 3, 1);
  private static final LocalDate EXPIRES = LocalDate.of(2027, 3, 1);

  private final StatusList list = StatusList.forRevocation(StatusList.MINIMUM_SIZE, Instant.EPOCH);
  private final VerifiableCertificate certificate =
      new VerifiableCertificate(
          "c1",
          "h1",
          VerificationCode.read("ABCD-EFGH-JKMN-PQRS").orElseThrow(),
          Credential.HOST,
          "Sam T.",
          HeldStatus.ACTIVE,
          ISSUED,
          EXPIRES,
          list,
          list.assignIndex(new Random(1)),
          Instant.EPOCH);
  private final List<StatusEntry> history = new ArrayList<>();
  private int hour;

  private void becomes(HeldStatus status, LocalDate on) {
    certificate.update(status, certificate.expiresOn(), "Sam T.", Instant.EPOCH);
    history.add(
        new StatusEntry(
            certificate, on, on.atStartOfDay().plusHours(++hour).toInstant(ZoneOffset.UTC)));
  }

  private StatusOnDay on(LocalDate day) {
    return StatusOnDay.of(day, ISSUED, history);
  }

  @Test
  void beforeIssueItWasNotIssuedAndDuringValidityActive() {
    becomes(HeldStatus.ACTIVE, ISSUED);

    assertThat(on(ISSUED.minusDays(1)).status()).isEqualTo("NOT_ISSUED");
    assertThat(on(ISSUED)).isEqualTo(new StatusOnDay(ISSUED, "ACTIVE", false));
    assertThat(on(LocalDate.of(2026, 1, 10)).status()).isEqualTo("ACTIVE");
  }

  @Test
  void aSuspensionReadsInactiveAndTheDayOfTheChangeIsTheLeastFavourable() {
    becomes(HeldStatus.ACTIVE, ISSUED);
    LocalDate suspended = LocalDate.of(2025, 6, 10);
    becomes(HeldStatus.SUSPENDED, suspended);
    LocalDate reinstated = LocalDate.of(2025, 7, 1);
    becomes(HeldStatus.ACTIVE, reinstated);

    assertThat(on(suspended.minusDays(1)))
        .isEqualTo(new StatusOnDay(suspended.minusDays(1), "ACTIVE", false));
    assertThat(on(suspended)).isEqualTo(new StatusOnDay(suspended, "INACTIVE", true));
    assertThat(on(suspended.plusDays(5)))
        .isEqualTo(new StatusOnDay(suspended.plusDays(5), "INACTIVE", false));
    assertThat(on(reinstated)).isEqualTo(new StatusOnDay(reinstated, "INACTIVE", true));
    assertThat(on(reinstated.plusDays(1)).status()).isEqualTo("ACTIVE");
  }

  @Test
  void afterRevocationItStaysRevoked() {
    becomes(HeldStatus.ACTIVE, ISSUED);
    LocalDate revoked = LocalDate.of(2025, 9, 2);
    becomes(HeldStatus.REVOKED, revoked);

    assertThat(on(revoked.minusDays(1)).status()).isEqualTo("ACTIVE");
    assertThat(on(revoked)).isEqualTo(new StatusOnDay(revoked, "REVOKED", true));
    assertThat(on(revoked.plusMonths(30)).status()).isEqualTo("REVOKED");
  }

  @Test
  void fromItsExpiryDateItIsExpiredEvenBeforeTheNightlyJobRecordsIt() {
    becomes(HeldStatus.ACTIVE, ISSUED);
    becomes(HeldStatus.EXPIRED, EXPIRES.plusDays(1));

    assertThat(on(EXPIRES.minusDays(1)).status()).isEqualTo("ACTIVE");
    assertThat(on(EXPIRES)).isEqualTo(new StatusOnDay(EXPIRES, "EXPIRED", false));
    assertThat(on(EXPIRES.plusDays(1)))
        .isEqualTo(new StatusOnDay(EXPIRES.plusDays(1), "EXPIRED", false));
  }

  @Test
  void anImportedCertificateAlreadyExpiredReadsActiveForItsYearsBeforeExpiry() {
    becomes(HeldStatus.EXPIRED, EXPIRES.plusMonths(2));

    assertThat(on(ISSUED.plusMonths(3)).status()).isEqualTo("ACTIVE");
    assertThat(on(EXPIRES.plusDays(3)).status()).isEqualTo("EXPIRED");
    assertThat(on(ISSUED.minusDays(1)).status()).isEqualTo("NOT_ISSUED");
  }

  @Test
  void leaveReadsInactive() {
    becomes(HeldStatus.ACTIVE, ISSUED);
    becomes(HeldStatus.INACTIVE, LocalDate.of(2025, 4, 1));

    assertThat(on(LocalDate.of(2025, 4, 20)).status()).isEqualTo("INACTIVE");
  }
}
