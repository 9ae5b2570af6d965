package org.facilitatoracademy.catalog.domain;

import java.util.Objects;

/** A left side and the right side it belongs with. */
public record MatchPair(MatchSide left, MatchSide right) {

  public MatchPair {
    Objects.requireNonNull(left);
    Objects.requireNonNull(right);
  }

  public static MatchPair of(String left, String right) {
    return new MatchPair(MatchSide.of(left), MatchSide.of(right));
  }
}
