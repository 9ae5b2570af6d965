package org.facilitatoracademy.verification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class BitstringTest {

  @Test
  void indexZeroIsTheLeftMostBitOfTheFirstByte() {
    Bitstring bits = Bitstring.ofSize(16);
    bits.set(0, true);
    bits.set(9, true);
    assertThat(bits.toBytes()).containsExactly((byte) 0x80, (byte) 0x40);
    bits.set(0, false);
    assertThat(bits.get(0)).isFalse();
    assertThat(bits.get(9)).isTrue();
  }

  @Test
  void theEncodedListIsMultibaseBase64UrlOfTheGzippedBits() throws IOException {
    Bitstring bits = Bitstring.ofSize(StatusList.MINIMUM_SIZE);
    bits.set(12_345, true);

    String encoded = bits.encoded();

    assertThat(encoded).startsWith("u").doesNotContain("=", "+", "/");
    byte[] zipped = Base64.getUrlDecoder().decode(encoded.substring(1));
    byte[] raw = new GZIPInputStream(new ByteArrayInputStream(zipped)).readAllBytes();
    assertThat(raw).hasSize(StatusList.MINIMUM_SIZE / 8);
    assertThat(Bitstring.of(raw)).isEqualTo(bits);
  }

  @Test
  void theNextClearBitWrapsRound() {
    Bitstring bits = Bitstring.ofSize(8);
    for (int i = 4; i < 8; i++) {
      bits.set(i, true);
    }
    assertThat(bits.nextClear(5)).isZero();
    for (int i = 0; i < 4; i++) {
      bits.set(i, true);
    }
    assertThat(bits.nextClear(0)).isEqualTo(-1);
  }

  @Test
  void indexesOutsideTheStringAreRefused() {
    assertThatThrownBy(() -> Bitstring.ofSize(8).get(8))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> Bitstring.ofSize(12)).isInstanceOf(IllegalArgumentException.class);
  }
}
