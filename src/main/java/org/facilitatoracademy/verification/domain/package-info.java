/**
 * What verification knows and decides: the public facts of each certificate, the neutral status
 * word a verifier sees, verification codes, status lists, the log of checks, and the shapes of the
 * Open Badges 3.0 credential and the Bitstring Status List credential.
 */
package org.facilitatoracademy.verification.domain;
