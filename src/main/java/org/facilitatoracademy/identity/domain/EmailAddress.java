package org.facilitatoracademy.identity.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/** An email address as people type it, and the key that makes it unique regardless of case. */
public record EmailAddress(String value) {

  private static final Pattern SHAPE = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

  public EmailAddress {
    if (value == null) {
      throw new IllegalArgumentException("An email address is required");
    }
    value = value.strip();
    if (value.length() > 254 || !SHAPE.matcher(value).matches()) {
      throw new IllegalArgumentException("'" + value + "' is not an email address");
    }
  }

  public static boolean isValid(String candidate) {
    try {
      new EmailAddress(candidate);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** Two addresses that differ only in case belong to the same person. */
  public String key() {
    return value.toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return value;
  }
}
