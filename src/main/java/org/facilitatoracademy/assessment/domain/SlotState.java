package org.facilitatoracademy.assessment.domain;

/** Where one question of an attempt stands (Moodle's question states, deferred feedback). */
public enum SlotState {
  /** Not answered yet. */
  TODO,
  /** Answered and saved; not graded before the attempt is submitted. */
  COMPLETE,
  /** The attempt was submitted without an answer to this question. */
  GAVE_UP,
  GRADED_RIGHT,
  GRADED_PARTIAL,
  GRADED_WRONG;

  private static final double EPSILON = 1e-9;

  static SlotState graded(double fraction) {
    if (fraction >= 1 - EPSILON) {
      return GRADED_RIGHT;
    }
    return fraction <= EPSILON ? GRADED_WRONG : GRADED_PARTIAL;
  }

  public boolean isGraded() {
    return this == GAVE_UP
        || this == GRADED_RIGHT
        || this == GRADED_PARTIAL
        || this == GRADED_WRONG;
  }

  public boolean isAnswered() {
    return this != TODO && this != GAVE_UP;
  }
}
