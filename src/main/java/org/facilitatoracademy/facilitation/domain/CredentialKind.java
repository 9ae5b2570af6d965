package org.facilitatoracademy.facilitation.domain;

/**
 * The credential a person leads on, as this context needs to know it. Mirrors the certification
 * context's credential types without depending on its domain.
 */
public enum CredentialKind {
  /** Trained to lead 4-Point meetings; may also mentor hosts. */
  FACILITATOR,
  /** Trained to host scripted discussion meetings, under a facilitator mentor. */
  HOST;

  /** A host leads only under a mentor; a facilitator leads on their own. */
  public boolean leadsUnderMentor() {
    return this == HOST;
  }
}
