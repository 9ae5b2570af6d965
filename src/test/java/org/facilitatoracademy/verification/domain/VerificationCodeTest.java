package org.facilitatoracademy.verification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VerificationCodeTest {

  @Test
  void caseHyphensAndSpacesAreIgnored() {
    assertThat(VerificationCode.read("abcd-efgh-jkmn-pqrs").orElseThrow().value())
        .isEqualTo("ABCDEFGHJKMNPQRS");
    assertThat(VerificationCode.read(" ABCD EFGH jkmn-PQRS ").orElseThrow().value())
        .isEqualTo("ABCDEFGHJKMNPQRS");
  }

  @Test
  void lettersMistakenForDigitsAreReadAsThoseDigits() {
    assertThat(VerificationCode.read("OIL0-1111-2222-3333").orElseThrow().value())
        .isEqualTo("0110111122223333");
  }

  @Test
  void aCodeIsShownInFourGroupsOfFour() {
    assertThat(VerificationCode.read("ABCDEFGHJKMNPQRS").orElseThrow().grouped())
        .isEqualTo("ABCD-EFGH-JKMN-PQRS");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "ABCD-EFGH-JKMN-PQR", "ABCD-EFGH-JKMN-PQRST", "ABCD-EFGH-JKMN-PQRU", "ÄBCD"})
  void anythingElseIsNoCode(String typed) {
    assertThat(VerificationCode.read(typed)).isEmpty();
  }

  @Test
  void everyMalformedInputIsLookedUpUnderOneDigestThatNoCodeHas() {
    String malformed = VerificationCode.lookupDigest("not a code");
    assertThat(VerificationCode.lookupDigest("ABCD")).isEqualTo(malformed);
    assertThat(VerificationCode.lookupDigest(null)).isEqualTo(malformed);
    assertThat(VerificationCode.lookupDigest("abcd-efgh-jkmn-pqrs"))
        .isEqualTo(VerificationCode.read("ABCDEFGHJKMNPQRS").orElseThrow().digest())
        .isNotEqualTo(malformed)
        .hasSize(64);
  }
}
