package org.facilitatoracademy.assessment.domain;

/** Why an item deserves an author's second look. */
public enum ItemFlag {
  /** Almost everyone gets it right: it tells nobody apart. */
  TOO_EASY,
  /** Almost nobody gets it right: a flawed key, an unclear text, or a gap in the lessons. */
  TOO_HARD,
  /** Those who do worse on the rest of the quiz do better on this item: check the key first. */
  NEGATIVE_DISCRIMINATION,
  /** The item barely separates those who know the material from those who do not. */
  LOW_DISCRIMINATION,
  /** An incorrect option nobody chooses: it does no work as a distractor. */
  UNUSED_DISTRACTOR
}
