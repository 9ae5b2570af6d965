package org.facilitatoracademy.assessment.domain;

/** Why an attempt received a grade. */
public enum GradeReason {
  GRADED,
  /** A coordinator regraded it after a key was corrected. */
  REGRADED
}
