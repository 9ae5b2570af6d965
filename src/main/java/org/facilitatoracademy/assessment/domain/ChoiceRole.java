package org.facilitatoracademy.assessment.domain;

/** What a stored choice of a question is. */
public enum ChoiceRole {
  /** An option of a single- or multiple-choice question. */
  OPTION,
  /** An item of an order question; items are stored in their correct order. */
  ITEM,
  /** A left side of a match question, naming the right side it belongs with. */
  LEFT,
  /** A right side of a match question. */
  RIGHT
}
