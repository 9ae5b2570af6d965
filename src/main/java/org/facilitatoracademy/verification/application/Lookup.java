package org.facilitatoracademy.verification.application;

/** The outcome of a look-up by code. */
public sealed interface Lookup {

  /** The code belongs to a certificate. */
  record Found(VerifiedCertificate certificate) implements Lookup {}

  /**
   * No certificate has this code — or it is not a code at all; the two are told apart nowhere, so a
   * guesser learns nothing from the answer.
   */
  record Unknown() implements Lookup {}

  /** The {@code on} day asked for is not a date, or lies in the future. */
  record BadDate(String message) implements Lookup {}

  /** Too many look-ups from this client; it may try again after the given seconds. */
  record Limited(long retryAfterSeconds) implements Lookup {}
}
