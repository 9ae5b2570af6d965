package org.facilitatoracademy.facilitation.domain;

/** Whether a meeting runs. */
public enum MeetingStatus {
  /** Meets on its schedule. */
  ACTIVE,
  /**
   * Not meeting for a while (holidays, a venue lost), with a short public note; keeps its leaders
   * and shows as inactive in the lists until it reopens.
   */
  TEMPORARILY_CLOSED,
  /** Ended for good: its duties end and nobody can be assigned any more. */
  CLOSED
}
