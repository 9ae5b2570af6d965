package org.facilitatoracademy.verification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class MultikeyTest {

  /** The Ed25519 key of the Open Badges 3.0 Data Integrity example, and its published Multikey. */
  private static final byte[] OB_EXAMPLE_KEY =
      HexFormat.of().parseHex("4bdeafde2ea8beefadd8c699b5c7e0704cf51154d52e17b20b71337ca04cc5a5");

  private static final String OB_EXAMPLE_MULTIKEY =
      "z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi";

  @Test
  void anEd25519KeyIsWrittenAsTheSpecificationsExampleSays() {
    assertThat(Multikey.ofEd25519(OB_EXAMPLE_KEY)).isEqualTo(OB_EXAMPLE_MULTIKEY);
    assertThat(Multikey.ed25519Key(OB_EXAMPLE_MULTIKEY)).hasValue(OB_EXAMPLE_KEY);
  }

  @Test
  void aDidKeyAndItsFragmentMustNameTheSameKey() {
    String did = "did:key:" + OB_EXAMPLE_MULTIKEY;

    assertThat(Multikey.ofDidKey(did + "#" + OB_EXAMPLE_MULTIKEY)).hasValue(OB_EXAMPLE_KEY);
    assertThat(Multikey.ofDidKey(did)).hasValue(OB_EXAMPLE_KEY);
    assertThat(Multikey.ofDidKey(did + "#key-1")).isEmpty();
    assertThat(Multikey.ofDidKey("did:web:example.org#" + OB_EXAMPLE_MULTIKEY)).isEmpty();
    assertThat(Multikey.controllerOf(did + "#x")).isEqualTo(did);
  }

  @Test
  void base58KeepsLeadingZerosAndRefusesOtherAlphabets() {
    byte[] bytes = {0, 0, 1, 2, (byte) 255};

    assertThat(Multikey.fromBase58btc(Multikey.base58btc(bytes))).hasValue(bytes);
    assertThat(Multikey.fromBase58btc("z0OIl")).isEmpty();
    assertThat(Multikey.fromBase58btc("uAAAA")).isEmpty();
  }

  @Test
  void theIssuerDidIsTheHostWithItsPortEncoded() {
    assertThat(new IssuerProfile("http://localhost:8080", "A").did())
        .isEqualTo("did:web:localhost%3A8080");
    assertThat(new IssuerProfile("https://academy.example.org", "A").did())
        .isEqualTo("did:web:academy.example.org");
    assertThat(new IssuerProfile("https://example.org/academy", "A").did())
        .isEqualTo("did:web:example.org:academy");
  }
}
