package org.facilitatoracademy.assessment.domain;

/** Why an attempt was finished. */
public enum FinishReason {
  /** The person submitted it. */
  SUBMITTED,
  /** Its time ran out; it was graded as it stood at the deadline. */
  DEADLINE
}
