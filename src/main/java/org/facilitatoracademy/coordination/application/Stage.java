package org.facilitatoracademy.coordination.application;

/** The steps from first enrolment to a certificate, in the order a trainee takes them. */
public enum Stage {
  ENROLLED,
  MODULES_DONE,
  EXAM_PASSED,
  PRACTICUM_DONE,
  APPLIED,
  CERTIFIED
}
