package org.facilitatoracademy.assessment.domain;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * When an item is flagged. Facility is the mean fraction (0 to 1); discrimination is the
 * correlation between an item's fraction and the rest of the attempt (−1 to 1). Items with fewer
 * than {@code minResponses} graded responses are not flagged: a handful of attempts proves nothing.
 */
public record FlagThresholds(
    double tooEasyAbove, double tooHardBelow, double lowDiscriminationBelow, long minResponses) {

  public static final FlagThresholds DEFAULTS = new FlagThresholds(0.9, 0.3, 0.2, 20);

  public Set<ItemFlag> flags(
      long responses, double facility, Optional<Double> discrimination, int unusedDistractors) {
    Set<ItemFlag> flags = EnumSet.noneOf(ItemFlag.class);
    if (responses < minResponses) {
      return flags;
    }
    if (facility > tooEasyAbove) {
      flags.add(ItemFlag.TOO_EASY);
    }
    if (facility < tooHardBelow) {
      flags.add(ItemFlag.TOO_HARD);
    }
    discrimination.ifPresent(
        d -> {
          if (d < 0) {
            flags.add(ItemFlag.NEGATIVE_DISCRIMINATION);
          } else if (d < lowDiscriminationBelow) {
            flags.add(ItemFlag.LOW_DISCRIMINATION);
          }
        });
    if (unusedDistractors > 0) {
      flags.add(ItemFlag.UNUSED_DISTRACTOR);
    }
    return flags;
  }
}
