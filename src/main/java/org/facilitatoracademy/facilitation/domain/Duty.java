package org.facilitatoracademy.facilitation.domain;

import java.util.List;

/** What someone is assigned to do for a meeting. */
public enum Duty {
  /** Leads the meeting; a meeting has at most one leader at a time. */
  LEADER,
  /** Leads alongside the leader; any number, under the same rule as the leader. */
  CO_LEADER,
  /** The facilitator a host leads under; only facilitators mentor. */
  MENTOR;

  /** The credentials that allow this duty in a meeting of that kind, preferred one first. */
  public List<CredentialKind> acceptedCredentials(MeetingKind kind) {
    return this == MENTOR ? List.of(CredentialKind.FACILITATOR) : kind.leadCredentials();
  }
}
