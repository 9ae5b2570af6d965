package org.facilitatoracademy.assessment.domain;

/** What happened in one step of a slot's history. */
public enum StepAction {
  /** The person saved a response. */
  SAVE,
  /** The attempt was submitted (or reached its deadline) and the slot graded. */
  FINISH,
  /** The saved response was graded again against a corrected key. */
  REGRADE
}
