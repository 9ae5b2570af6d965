package org.facilitatoracademy.certification.application;

import java.time.LocalDate;
import org.facilitatoracademy.certification.domain.CertificateStatus;
import org.facilitatoracademy.certification.domain.CredentialType;

/**
 * What anyone holding a certificate's code may learn about it, and nothing more: no account id,
 * email or reason.
 *
 * @param code grouped for reading, {@code XXXX-XXXX-XXXX-XXXX}
 * @param status the public word: a suspension reads INACTIVE
 */
public record PublicCertificate(
    String code,
    String displayName,
    CredentialType credential,
    CertificateStatus status,
    LocalDate issuedOn,
    LocalDate expiresOn,
    String issuer) {}
