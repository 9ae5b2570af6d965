package org.facilitatoracademy.facilitation.domain;

import java.util.List;

/** What kind of meeting it is, and so which credentials may lead it. */
public enum MeetingKind {
  /** A standard 4-Point meeting: led by facilitators only. */
  FOUR_POINT(List.of(CredentialKind.FACILITATOR)),
  /** A scripted discussion meeting: a facilitator, or a host under a facilitator mentor. */
  DISCUSSION(List.of(CredentialKind.FACILITATOR, CredentialKind.HOST));

  private final List<CredentialKind> leadCredentials;

  MeetingKind(List<CredentialKind> leadCredentials) {
    this.leadCredentials = leadCredentials;
  }

  /** The credentials that may lead it, the one needing no mentor first. */
  public List<CredentialKind> leadCredentials() {
    return leadCredentials;
  }
}
