package org.facilitatoracademy.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.zip.GZIPInputStream;

/**
 * A compact JWS read and checked with nothing but the JDK: Base64url, Jackson for reading JSON, and
 * {@code java.security.Signature} with SHA256withRSA — independent of the library that signed it.
 */
public record VcJwt(String compact, JsonNode header, JsonNode payload, String rawPayload) {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Base64.Decoder B64URL = Base64.getUrlDecoder();

  public static VcJwt parse(String compact) {
    String[] parts = compact.trim().split("\\.");
    if (parts.length != 3) {
      throw new AssertionError("Not a compact JWS: " + compact);
    }
    try {
      String payload = new String(B64URL.decode(parts[1]), StandardCharsets.UTF_8);
      return new VcJwt(
          compact.trim(), JSON.readTree(B64URL.decode(parts[0])), JSON.readTree(payload), payload);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Whether the RS256 signature verifies with the key of this JWS's {@code kid} in the JWK Set;
   * false when the set has no such key.
   */
  public boolean verifiesWith(JsonNode jwks) {
    String kid = header.path("kid").asText();
    for (JsonNode key : jwks.path("keys")) {
      if (kid.equals(key.path("kid").asText()) && "RSA".equals(key.path("kty").asText())) {
        return verifies(rsaKey(key));
      }
    }
    return false;
  }

  private boolean verifies(PublicKey key) {
    int lastDot = compact.lastIndexOf('.');
    try {
      Signature rs256 = Signature.getInstance("SHA256withRSA");
      rs256.initVerify(key);
      rs256.update(compact.substring(0, lastDot).getBytes(StandardCharsets.US_ASCII));
      return rs256.verify(B64URL.decode(compact.substring(lastDot + 1)));
    } catch (GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }

  private static PublicKey rsaKey(JsonNode jwk) {
    try {
      return KeyFactory.getInstance("RSA")
          .generatePublic(
              new RSAPublicKeySpec(
                  new BigInteger(1, B64URL.decode(jwk.path("n").asText())),
                  new BigInteger(1, B64URL.decode(jwk.path("e").asText()))));
    } catch (GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }

  /** The bit at {@code index} of a status list credential's {@code encodedList}. */
  public boolean statusBit(int index) {
    String encoded = payload.path("credentialSubject").path("encodedList").asText();
    if (!encoded.startsWith("u")) {
      throw new AssertionError("Not multibase base64url: " + encoded);
    }
    try {
      byte[] bits =
          new GZIPInputStream(new ByteArrayInputStream(B64URL.decode(encoded.substring(1))))
              .readAllBytes();
      return (bits[index / 8] & (0x80 >>> (index % 8))) != 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Number of entries in a status list credential. */
  public int statusListSize() {
    String encoded = payload.path("credentialSubject").path("encodedList").asText();
    try {
      return new GZIPInputStream(new ByteArrayInputStream(B64URL.decode(encoded.substring(1))))
              .readAllBytes()
              .length
          * 8;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
