package org.facilitatoracademy.verification.application;

import java.time.LocalDate;
import org.facilitatoracademy.verification.domain.Credential;
import org.facilitatoracademy.verification.domain.PublicStatus;
import org.facilitatoracademy.verification.domain.VerifiableCertificate;

/**
 * Everything a verifier learns: the grouped code they typed, the display name the holder chose, the
 * credential, a neutral status word, the dates and the issuer. Nothing else exists in this shape,
 * so nothing else can leak through it.
 */
public record VerifiedCertificate(
    String code,
    String displayName,
    Credential credential,
    PublicStatus status,
    LocalDate issuedOn,
    LocalDate expiresOn,
    String issuer) {

  static VerifiedCertificate of(VerifiableCertificate c, LocalDate today, String issuer) {
    return new VerifiedCertificate(
        c.code().grouped(),
        c.displayName(),
        c.credential(),
        c.publicStatusOn(today),
        c.issuedOn(),
        c.expiresOn(),
        issuer);
  }
}
