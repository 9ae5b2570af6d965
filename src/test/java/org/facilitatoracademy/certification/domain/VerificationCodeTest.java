package org.facilitatoracademy.certification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerificationCodeTest {

  @Test
  void aCodeIsSixteenCrockfordCharactersAndCodesDoNotRepeat() {
    SecureRandom random = new SecureRandom();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      String code = VerificationCode.generate(random);
      assertThat(code).hasSize(16).matches("[0-9ABCDEFGHJKMNPQRSTVWXYZ]{16}");
      seen.add(code);
    }
    assertThat(seen).hasSize(10_000);
  }

  @Test
  void everyCharacterOfTheAlphabetTurnsUp() {
    SecureRandom random = new SecureRandom();
    Set<Character> used = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      for (char c : VerificationCode.generate(random).toCharArray()) {
        used.add(c);
      }
    }
    assertThat(used).hasSize(32);
  }

  @Test
  void aCodeIsShownInGroupsOfFour() {
    assertThat(VerificationCode.grouped("0123456789ABCDEF")).isEqualTo("0123-4567-89AB-CDEF");
  }

  @Test
  void aLookUpIgnoresCaseHyphensAndSpacesAndReadsConfusableLetters() {
    assertThat(VerificationCode.normalize("0123-4567-89ab-cdef")).contains("0123456789ABCDEF");
    assertThat(VerificationCode.normalize(" 0123 4567 89AB CDEF ")).contains("0123456789ABCDEF");
    assertThat(VerificationCode.normalize("O123-4567-89AB-CDEF")).contains("0123456789ABCDEF");
    assertThat(VerificationCode.normalize("0l23-4567-89AB-CDEF")).contains("0123456789ABCDEF");
  }

  @Test
  void somethingThatCannotBeACodeIsRefused() {
    assertThat(VerificationCode.normalize("0123-4567-89AB-CDE")).isEmpty();
    assertThat(VerificationCode.normalize("0123-4567-89AB-CDEFG")).isEmpty();
    assertThat(VerificationCode.normalize("0123-4567-89AB-CDEU")).isEmpty();
    assertThat(VerificationCode.normalize("' or 1=1 --")).isEmpty();
    assertThat(VerificationCode.normalize(null)).isEmpty();
  }
}
