package org.facilitatoracademy.facilitation.domain;

/** Why a duty ended; kept in the meeting's history. */
public enum EndReason {
  /** Someone else was assigned the duty. */
  REPLACED,
  /** A coordinator took the person off the meeting. */
  REMOVED,
  /** The person's credential no longer covers the duty (suspended, revoked, on leave, expired). */
  LAPSED,
  /** The meeting closed. */
  MEETING_CLOSED
}
