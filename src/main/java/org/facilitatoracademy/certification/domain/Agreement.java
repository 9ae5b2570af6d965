package org.facilitatoracademy.certification.domain;

import java.util.Arrays;
import java.util.Optional;

/** The undertakings a person accepts before being certified, and again at every renewal. */
public enum Agreement {
  CODE_OF_CONDUCT("code-of-conduct"),
  CONFIDENTIALITY("confidentiality");

  private final String code;

  Agreement(String code) {
    this.code = code;
  }

  /** The name used in the API and in configuration, e.g. {@code code-of-conduct}. */
  public String code() {
    return code;
  }

  public static Optional<Agreement> fromCode(String code) {
    return Arrays.stream(values()).filter(a -> a.code.equalsIgnoreCase(code)).findFirst();
  }
}
