package org.facilitatoracademy.verification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Random;
import org.facilitatoracademy.platform.errors.BusinessException;
import org.junit.jupiter.api.Test;

class WalletOfferTest {

  private static final Instant MADE = Instant.parse("2026-12-04T10:00:00Z");
  private static final Duration LIFETIME = Duration.ofMinutes(10);

  private final StatusList list = StatusList.forRevocation(StatusList.MINIMUM_SIZE, MADE);
  private final VerifiableCertificate certificate =
      new VerifiableCertificate(
          "c1",
          "holder-1",
          VerificationCode.read("ABCD-EFGH-JKMN-PQRS").orElseThrow(),
          Credential.HOST,
          "Sam T.",
          HeldStatus.ACTIVE,
          LocalDate.of(2026, 1, 1),
          LocalDate.of(2028, 1, 1),
          list,
          list.assignIndex(new Random(2)),
          MADE);

  private final WalletOffer.Made made =
      WalletOffer.of(certificate, MADE, LIFETIME, new SecureRandom());

  @Test
  void anOfferIsLookedUpByTheDigestOfAnUnguessableExchangeId() {
    WalletOffer.Made another = WalletOffer.of(certificate, MADE, LIFETIME, new SecureRandom());

    assertThat(made.exchangeId()).hasSize(43).isNotEqualTo(another.exchangeId());
    assertThat(made.offer().challenge()).hasSize(32).isNotEqualTo(another.offer().challenge());
    assertThat(WalletOffer.digest(made.exchangeId())).hasSize(64).doesNotContain(made.exchangeId());
    assertThat(made.offer().holderId()).isEqualTo("holder-1");
    assertThat(made.offer().expiresAt()).isEqualTo(MADE.plus(LIFETIME));
  }

  @Test
  void theFirstWalletSpendsItAndASecondGetsOfferUsed() {
    made.offer().acceptedBy("did:key:z6MkFirst", MADE.plusSeconds(30));

    assertThat(made.offer().walletDid()).isEqualTo("did:key:z6MkFirst");
    assertThat(made.offer().usedAt()).isEqualTo(MADE.plusSeconds(30));
    assertThatThrownBy(() -> made.offer().acceptedBy("did:key:z6MkSecond", MADE.plusSeconds(40)))
        .isInstanceOfSatisfying(
            BusinessException.class, e -> assertThat(e.code()).isEqualTo("offer-used"));
    assertThat(made.offer().walletDid()).isEqualTo("did:key:z6MkFirst");
  }

  @Test
  void fromItsExpiryOnItIssuesNothing() {
    made.offer().requireOpen(MADE.plus(LIFETIME).minusSeconds(1));

    assertThatThrownBy(() -> made.offer().acceptedBy("did:key:z6MkLate", MADE.plus(LIFETIME)))
        .isInstanceOfSatisfying(
            BusinessException.class, e -> assertThat(e.code()).isEqualTo("offer-expired"));
    assertThat(made.offer().usedAt()).isNull();
    assertThat(made.offer().walletDid()).isNull();
  }
}
