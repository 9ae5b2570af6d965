package org.facilitatoracademy.facilitation.domain;

/** Whether a meeting runs. */
public enum MeetingStatus {
  /** Meets on its schedule. */
  ACTIVE,
  /** Not meeting for a while (holidays, a venue lost); keeps its leaders. */
  PAUSED,
  /** Ended for good: its duties end and nobody can be assigned any more. */
  CLOSED
}
