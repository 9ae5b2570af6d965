package org.facilitatoracademy.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuotedTest {

  @Test
  void aShortValueIsQuotedTrimmedWithControlCharactersShown() {
    assertThat(Quoted.of("  text/plain\u0000 ")).isEqualTo("'text/plain?'");
    assertThat(Quoted.of(null)).isEqualTo("nothing");
  }

  @Test
  void aLongValueIsCutAndItsLengthSaid() {
    assertThat(Quoted.of("a".repeat(8_000_000)))
        .isEqualTo("'" + "a".repeat(40) + "…' (8000000 characters)");
  }

  @Test
  void echoesInsideOurMessagesAreShortenedAndOurWordsKept() {
    String message = "The option '" + "x".repeat(100_000) + "' is not an option of this question.";
    String shortened = Quoted.shortenEchoes(message);
    assertThat(shortened)
        .startsWith("The option '" + "x".repeat(39) + "…")
        .endsWith(" is not an option of this question.")
        .hasSizeLessThan(120);
    assertThat(Quoted.shortenEchoes("Wrong email or password."))
        .isEqualTo("Wrong email or password.");
  }
}
