package org.facilitatoracademy.verification.application;

import java.time.LocalDate;
import org.facilitatoracademy.verification.domain.Credential;
import org.facilitatoracademy.verification.domain.PublicStatus;
import org.facilitatoracademy.verification.domain.StatusOnDay;
import org.facilitatoracademy.verification.domain.VerifiableCertificate;

/**
 * Everything a verifier learns: the grouped code they typed, the display name the holder chose, the
 * credential, a neutral status word, the dates and the issuer. Nothing else exists in this shape,
 * so nothing else can leak through it. The display name is null when it is withheld because the
 * holder closed their account; pages and the API then say so in the bundle's neutral words. {@code
 * onDay} is set only when the verifier asked about a past day.
 */
public record VerifiedCertificate(
    String code,
    String displayName,
    Credential credential,
    PublicStatus status,
    LocalDate issuedOn,
    LocalDate expiresOn,
    String issuer,
    StatusOnDay onDay) {

  /** The holder closed their account: show the bundle's "name withheld" wording instead. */
  public boolean nameWithheld() {
    return displayName == null;
  }

  static VerifiedCertificate of(VerifiableCertificate c, LocalDate today, String issuer) {
    return of(c, today, issuer, null);
  }

  /** The same, plus what the certificate said on a day the verifier asked about (may be null). */
  static VerifiedCertificate of(
      VerifiableCertificate c, LocalDate today, String issuer, StatusOnDay onDay) {
    return new VerifiedCertificate(
        c.code().grouped(),
        c.nameWithheld() || c.displayName().isBlank() ? null : c.displayName(),
        c.credential(),
        c.publicStatusOn(today),
        c.issuedOn(),
        c.expiresOn(),
        issuer,
        onDay);
  }
}
