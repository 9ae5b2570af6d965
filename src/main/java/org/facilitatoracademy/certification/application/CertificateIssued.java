package org.facilitatoracademy.certification.application;

import java.time.LocalDate;
import org.facilitatoracademy.certification.domain.CertificateStatus;
import org.facilitatoracademy.certification.domain.CredentialType;

/**
 * A certificate was issued (on approval, on an upheld appeal, or by import). Fired inside the
 * issuing transaction; observe it with {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}
 * so that only committed certificates are seen.
 *
 * @param certificateId the certificate's public id
 * @param code its verification code, 16 Crockford base32 characters without hyphens
 * @param accountId the holder's public account id
 * @param displayName the holder's name as printed on the certificate
 * @param status ACTIVE, or EXPIRED for an imported certificate already past its date
 */
public record CertificateIssued(
    String certificateId,
    String code,
    String number,
    String accountId,
    String displayName,
    String region,
    CredentialType credential,
    CertificateStatus status,
    LocalDate issuedOn,
    LocalDate expiresOn,
    boolean imported)
    implements CertificateEvent {}
