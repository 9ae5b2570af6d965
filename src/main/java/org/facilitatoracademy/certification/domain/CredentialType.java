package org.facilitatoracademy.certification.domain;

/** What a certificate entitles its holder to lead. */
public enum CredentialType {
  /** Leads 4-Point meetings. */
  FACILITATOR,
  /** Hosts scripted discussion meetings under a facilitator mentor. */
  HOST
}
