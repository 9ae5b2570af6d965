package org.facilitatoracademy.assessment.domain;

/** Whether an attempt still takes responses. */
public enum AttemptState {
  IN_PROGRESS,
  /** Submitted, or closed at its deadline, and graded. */
  FINISHED
}
