package org.facilitatoracademy.identity.domain;

/**
 * What an account may do. Being an active facilitator or host is a credential, not a role: it is
 * earned and can lapse, while roles are given by an administrator.
 */
public enum Role {
  /** Every account: studies courses and applies for credentials. */
  TRAINEE,
  /** Signs off practicum entries of trainees in their region. */
  MENTOR,
  /** Approves facilitators and assigns meeting leaders in their own region. */
  COORDINATOR,
  /** Runs the platform: accounts, regions, content, audit. */
  ADMIN
}
