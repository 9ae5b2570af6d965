package org.facilitatoracademy.verification.application;

import java.time.LocalDate;
import org.facilitatoracademy.verification.domain.Credential;
import org.facilitatoracademy.verification.domain.HeldStatus;

/**
 * What verification needs to know of a certificate, as the certification context reports it.
 *
 * @param code the verification code, in any accepted spelling
 * @param displayName the holder's display name as at issue (or as a coordinator corrected it)
 */
public record CertificateFacts(
    String certificateId,
    String holderId,
    String code,
    Credential credential,
    String displayName,
    HeldStatus status,
    LocalDate issuedOn,
    LocalDate expiresOn) {}
