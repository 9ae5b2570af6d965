package org.facilitatoracademy.verification.domain;

/**
 * What a certificate entitles its holder to lead. Its public wording is deliberately neutral (see
 * the verification bundle): a credential name must not tell a stranger anything about recovery.
 */
public enum Credential {
  FACILITATOR,
  HOST;

  /** The path segment of the achievement's id, e.g. {@code /achievements/facilitator}. */
  public String slug() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
