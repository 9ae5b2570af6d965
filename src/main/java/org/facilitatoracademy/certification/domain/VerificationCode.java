package org.facilitatoracademy.certification.domain;

import java.security.SecureRandom;
import java.util.Optional;

/**
 * The code anyone can use to check a certificate: 16 characters of Crockford's base32, that is 80
 * random bits — far too many to guess. Shown in groups of four for reading aloud; a look-up ignores
 * case and hyphens, and reads the letters people confuse with digits (O, I, L) as those digits.
 */
public final class VerificationCode {

  public static final int LENGTH = 16;
  static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

  private VerificationCode() {}

  public static String generate(SecureRandom random) {
    byte[] bits = new byte[LENGTH * 5 / 8];
    random.nextBytes(bits);
    StringBuilder code = new StringBuilder(LENGTH);
    int buffer = 0;
    int buffered = 0;
    for (byte b : bits) {
      buffer = (buffer << 8) | (b & 0xff);
      buffered += 8;
      while (buffered >= 5) {
        buffered -= 5;
        code.append(ALPHABET.charAt((buffer >> buffered) & 0x1f));
      }
    }
    return code.toString();
  }

  /**
   * The code as stored, from whatever a person typed or a QR code held; empty when it cannot be a
   * code at all.
   */
  public static Optional<String> normalize(String typed) {
    if (typed == null) {
      return Optional.empty();
    }
    StringBuilder code = new StringBuilder(LENGTH);
    for (char c : typed.strip().toUpperCase(java.util.Locale.ROOT).toCharArray()) {
      if (c == '-' || c == ' ') {
        continue;
      }
      char read =
          switch (c) {
            case 'O' -> '0';
            case 'I', 'L' -> '1';
            default -> c;
          };
      if (ALPHABET.indexOf(read) < 0 || code.length() == LENGTH) {
        return Optional.empty();
      }
      code.append(read);
    }
    return code.length() == LENGTH ? Optional.of(code.toString()) : Optional.empty();
  }

  /** {@code XXXX-XXXX-XXXX-XXXX}. */
  public static String grouped(String code) {
    return String.join(
        "-",
        code.substring(0, 4),
        code.substring(4, 8),
        code.substring(8, 12),
        code.substring(12, 16));
  }
}
