package org.facilitatoracademy.verification.domain;

/** Through which door a certificate was checked. */
public enum Channel {
  PAGE,
  API
}
