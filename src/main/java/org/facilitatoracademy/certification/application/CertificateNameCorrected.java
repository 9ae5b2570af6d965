package org.facilitatoracademy.certification.application;

import java.time.Instant;
import java.time.LocalDate;
import org.facilitatoracademy.certification.domain.CertificateStatus;
import org.facilitatoracademy.certification.domain.CredentialType;

/**
 * A coordinator corrected the name printed on a certificate. Fired inside the transaction that made
 * the correction; observe it with {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}. It
 * carries the certificate's other public facts too, so that a context which has not seen the
 * certificate yet can take it over whole. Never carries the coordinator's reason.
 *
 * @param code its verification code, 16 Crockford base32 characters without hyphens
 * @param displayName the name now printed on the certificate
 * @param status the certificate's status that day, which the correction left as it was
 */
public record CertificateNameCorrected(
    String certificateId,
    String code,
    String accountId,
    String displayName,
    CredentialType credential,
    CertificateStatus status,
    LocalDate issuedOn,
    LocalDate expiresOn,
    Instant correctedAt)
    implements CertificateEvent {}
