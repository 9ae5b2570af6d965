/**
 * Certification: what a person must have done to hold a credential (courses, practicum,
 * agreements), their application and a coordinator's decision, the certificates that result, and
 * how a certificate's status changes over its life — leave, suspension, revocation, expiry, renewal
 * and appeals. Other contexts learn of certificates through {@code CertificateIssued} and {@code
 * CertificateStatusChanged} after commit, and ask {@code Credentials} who holds what; none reads
 * these tables.
 */
package org.facilitatoracademy.certification;
