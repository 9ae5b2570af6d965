package org.facilitatoracademy.verification.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * A verification code as CONTRACT defines it: 16 characters of Crockford's base32 (80 random bits),
 * shown as {@code XXXX-XXXX-XXXX-XXXX}. Reading one ignores case, hyphens and spaces, and takes the
 * letters people mistake for digits (O, I, L) as those digits.
 */
public final class VerificationCode {

  public static final int LENGTH = 16;
  private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

  /**
   * Looked up in place of anything that cannot be a code, so a malformed guess costs the same work
   * as a well-formed one. It contains U, which no code contains, so it never matches.
   */
  private static final String NEVER_ISSUED = "UUUUUUUUUUUUUUUU";

  private final String value;

  private VerificationCode(String value) {
    this.value = value;
  }

  /** The code in whatever a person typed or a QR code held; empty when it cannot be a code. */
  public static Optional<VerificationCode> read(String typed) {
    if (typed == null || typed.length() > 64) {
      return Optional.empty();
    }
    StringBuilder code = new StringBuilder(LENGTH);
    for (char c : typed.strip().toUpperCase(Locale.ROOT).toCharArray()) {
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
    return code.length() == LENGTH
        ? Optional.of(new VerificationCode(code.toString()))
        : Optional.empty();
  }

  /**
   * The digest a look-up compares: of the code when {@code typed} is one, otherwise of a value no
   * certificate has.
   */
  public static String lookupDigest(String typed) {
    return read(typed).map(VerificationCode::digest).orElseGet(() -> digestOf(NEVER_ISSUED));
  }

  /** The normalised code, as stored: 16 characters, no hyphens. */
  public String value() {
    return value;
  }

  /** {@code XXXX-XXXX-XXXX-XXXX}, for reading aloud. */
  public String grouped() {
    return String.join(
        "-",
        value.substring(0, 4),
        value.substring(4, 8),
        value.substring(8, 12),
        value.substring(12, 16));
  }

  /** Hex SHA-256 of the normalised code. */
  public String digest() {
    return digestOf(value);
  }

  private static String digestOf(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(text.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof VerificationCode code && code.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return grouped();
  }
}
