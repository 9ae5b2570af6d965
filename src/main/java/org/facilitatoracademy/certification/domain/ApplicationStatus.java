package org.facilitatoracademy.certification.domain;

/** Where an application for a credential stands. */
public enum ApplicationStatus {
  PENDING,
  APPROVED,
  REJECTED
}
