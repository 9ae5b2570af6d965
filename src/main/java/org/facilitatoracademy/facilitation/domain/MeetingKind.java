package org.facilitatoracademy.facilitation.domain;

import java.util.List;

/** What kind of meeting it is, and so which credentials may lead it. */
public enum MeetingKind {
  /** A standard 4-Point meeting: led by facilitators only. */
  FOUR_POINT(List.of(CredentialKind.FACILITATOR), 90),
  /** A scripted discussion meeting: a facilitator, or a host under a facilitator mentor. */
  DISCUSSION(List.of(CredentialKind.FACILITATOR, CredentialKind.HOST), 60);

  private final List<CredentialKind> leadCredentials;
  private final int usualMinutes;

  MeetingKind(List<CredentialKind> leadCredentials, int usualMinutes) {
    this.leadCredentials = leadCredentials;
    this.usualMinutes = usualMinutes;
  }

  /** How long such a meeting runs unless the coordinator says otherwise (DOMAIN.md §3). */
  public int usualMinutes() {
    return usualMinutes;
  }

  /** The credentials that may lead it, the one needing no mentor first. */
  public List<CredentialKind> leadCredentials() {
    return leadCredentials;
  }
}
