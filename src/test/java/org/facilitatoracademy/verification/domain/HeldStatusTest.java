package org.facilitatoracademy.verification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HeldStatusTest {

  private static final LocalDate EXPIRY = LocalDate.of(2028, 3, 1);
  private static final LocalDate BEFORE = EXPIRY.minusDays(1);

  @Test
  void aSuspensionShowsAsInactiveSoNobodyLearnsOfAReview() {
    assertThat(HeldStatus.SUSPENDED.publicStatusOn(BEFORE, EXPIRY))
        .isEqualTo(PublicStatus.INACTIVE);
    assertThat(HeldStatus.SUSPENDED.publicStatusOn(EXPIRY, EXPIRY))
        .isEqualTo(PublicStatus.INACTIVE);
  }

  @Test
  void activeAndInactiveCertificatesExpireOnTheirDate() {
    assertThat(HeldStatus.ACTIVE.publicStatusOn(BEFORE, EXPIRY)).isEqualTo(PublicStatus.ACTIVE);
    assertThat(HeldStatus.ACTIVE.publicStatusOn(EXPIRY, EXPIRY)).isEqualTo(PublicStatus.EXPIRED);
    assertThat(HeldStatus.INACTIVE.publicStatusOn(BEFORE, EXPIRY)).isEqualTo(PublicStatus.INACTIVE);
    assertThat(HeldStatus.INACTIVE.publicStatusOn(EXPIRY, EXPIRY)).isEqualTo(PublicStatus.EXPIRED);
  }

  @Test
  void revokedAndExpiredStayWhatTheyAre() {
    assertThat(HeldStatus.REVOKED.publicStatusOn(BEFORE, EXPIRY)).isEqualTo(PublicStatus.REVOKED);
    assertThat(HeldStatus.REVOKED.publicStatusOn(EXPIRY, EXPIRY)).isEqualTo(PublicStatus.REVOKED);
    assertThat(HeldStatus.EXPIRED.publicStatusOn(BEFORE, EXPIRY)).isEqualTo(PublicStatus.EXPIRED);
  }
}
