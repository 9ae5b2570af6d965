package org.facilitatoracademy.catalog.domain;

import java.util.Objects;

/**
 * An option of a single- or multiple-choice question. Authors give options a stable id so that a
 * corrected key can be regraded; an option without one gets an id derived from its text.
 */
public record Option(String id, String text, boolean correct) {

  public Option {
    Objects.requireNonNull(id);
    Objects.requireNonNull(text);
  }
}
