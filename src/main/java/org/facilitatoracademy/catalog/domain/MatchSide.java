package org.facilitatoracademy.catalog.domain;

import java.util.Objects;

/** One side of a match pair, with an id derived from its text. */
public record MatchSide(String id, String text) {

  public MatchSide {
    Objects.requireNonNull(id);
    Objects.requireNonNull(text);
  }

  public static MatchSide of(String text) {
    return new MatchSide(StableId.ofText(text), text);
  }
}
