package org.facilitatoracademy.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StableIdTest {

  @Test
  void theSameTextAlwaysGetsTheSameId() {
    assertThat(StableId.ofText("Check-in")).isEqualTo(StableId.ofText("Check-in")).hasSize(8);
  }

  @Test
  void differentTextsGetDifferentIds() {
    assertThat(StableId.ofText("Check-in")).isNotEqualTo(StableId.ofText("Check-out"));
  }

  @Test
  void idsAreValidContentIds() {
    assertThat(StableId.ofText("Any text at all")).matches("[a-z0-9-]+");
  }

  @Test
  void aContentVersionIsTheFirstTwelveHexDigitsOfTheSha256() {
    // SHA-256("abc") = ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
    assertThat(StableId.contentVersion("abc".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("ba7816bf8f01");
  }
}
