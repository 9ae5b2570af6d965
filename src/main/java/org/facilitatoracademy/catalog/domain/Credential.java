package org.facilitatoracademy.catalog.domain;

/** What completing a course qualifies a person to apply for. */
public enum Credential {
  /** Leads 4-Point meetings. */
  FACILITATOR,
  /** Hosts scripted discussion meetings under a facilitator mentor. */
  HOST,
  /** A course that leads to no credential of its own, such as the renewal refresher. */
  NONE
}
