package org.facilitatoracademy.verification.domain;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Optional;

/**
 * Ed25519 public keys as Data Integrity writes them: {@code publicKeyMultibase} is {@code z}
 * (base58 btc) over the multicodec prefix {@code 0xed 0x01} and the 32 key bytes, and a {@code
 * did:key} is that same string after {@code did:key:}. Signatures ({@code proofValue}) are
 * base58btc multibase too.
 */
public final class Multikey {

  private static final String ALPHABET =
      "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
  private static final BigInteger FIFTY_EIGHT = BigInteger.valueOf(58);
  private static final byte[] ED25519_PUB = {(byte) 0xed, 0x01};

  private Multikey() {}

  /** The multibase form of a raw 32-byte Ed25519 public key, e.g. {@code z6Mk…}. */
  public static String ofEd25519(byte[] rawPublicKey) {
    if (rawPublicKey.length != 32) {
      throw new IllegalArgumentException("An Ed25519 public key has 32 bytes");
    }
    byte[] prefixed = new byte[34];
    System.arraycopy(ED25519_PUB, 0, prefixed, 0, 2);
    System.arraycopy(rawPublicKey, 0, prefixed, 2, 32);
    return base58btc(prefixed);
  }

  /** The raw Ed25519 key of a multibase public key; empty for anything else. */
  public static Optional<byte[]> ed25519Key(String publicKeyMultibase) {
    Optional<byte[]> bytes = fromBase58btc(publicKeyMultibase);
    if (bytes.isEmpty()) {
      return Optional.empty();
    }
    byte[] b = bytes.get();
    if (b.length != 34 || b[0] != ED25519_PUB[0] || b[1] != ED25519_PUB[1]) {
      return Optional.empty();
    }
    return Optional.of(Arrays.copyOfRange(b, 2, 34));
  }

  /**
   * The Ed25519 key a {@code did:key} verification method stands for ({@code did:key:z6Mk…#z6Mk…}
   * or the bare DID), provided the fragment, if any, names the same key.
   */
  public static Optional<byte[]> ofDidKey(String verificationMethod) {
    if (verificationMethod == null || !verificationMethod.startsWith("did:key:")) {
      return Optional.empty();
    }
    String rest = verificationMethod.substring("did:key:".length());
    int hash = rest.indexOf('#');
    String key = hash < 0 ? rest : rest.substring(0, hash);
    if (hash >= 0 && !rest.substring(hash + 1).equals(key)) {
      return Optional.empty();
    }
    return ed25519Key(key);
  }

  /** The DID a verification method belongs to: everything before its fragment. */
  public static String controllerOf(String verificationMethod) {
    int hash = verificationMethod.indexOf('#');
    return hash < 0 ? verificationMethod : verificationMethod.substring(0, hash);
  }

  /** {@code z} followed by the base58 (Bitcoin alphabet) encoding of the bytes. */
  public static String base58btc(byte[] bytes) {
    StringBuilder out = new StringBuilder();
    BigInteger n = new BigInteger(1, bytes);
    while (n.signum() > 0) {
      BigInteger[] qr = n.divideAndRemainder(FIFTY_EIGHT);
      out.append(ALPHABET.charAt(qr[1].intValue()));
      n = qr[0];
    }
    for (int i = 0; i < bytes.length && bytes[i] == 0; i++) {
      out.append('1');
    }
    return "z" + out.reverse();
  }

  /** The bytes of a {@code z…} multibase string; empty when it is not base58btc. */
  public static Optional<byte[]> fromBase58btc(String multibase) {
    if (multibase == null || multibase.length() < 2 || multibase.charAt(0) != 'z') {
      return Optional.empty();
    }
    String text = multibase.substring(1);
    BigInteger n = BigInteger.ZERO;
    for (char c : text.toCharArray()) {
      int digit = ALPHABET.indexOf(c);
      if (digit < 0) {
        return Optional.empty();
      }
      n = n.multiply(FIFTY_EIGHT).add(BigInteger.valueOf(digit));
    }
    int zeros = 0;
    while (zeros < text.length() && text.charAt(zeros) == '1') {
      zeros++;
    }
    byte[] magnitude = n.signum() == 0 ? new byte[0] : n.toByteArray();
    int skip = magnitude.length > 1 && magnitude[0] == 0 ? 1 : 0;
    byte[] out = new byte[zeros + magnitude.length - skip];
    System.arraycopy(magnitude, skip, out, zeros, magnitude.length - skip);
    return Optional.of(out);
  }
}
