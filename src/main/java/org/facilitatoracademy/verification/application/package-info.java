/**
 * Verification's use cases: look-ups by code (rate-limited, logged for the holder without any trace
 * of the verifier), keeping the public facts of certificates from the certification context's
 * events, issuing signed credentials to holders, and publishing status lists and keys.
 */
package org.facilitatoracademy.verification.application;
