package org.facilitatoracademy.certification.application;

import java.time.Instant;
import java.time.LocalDate;
import org.facilitatoracademy.certification.domain.CertificateStatus;
import org.facilitatoracademy.certification.domain.CredentialType;

/**
 * A certificate as its holder and the region's coordinators see it.
 *
 * @param code grouped for reading, {@code XXXX-XXXX-XXXX-XXXX}
 * @param status as it holds today
 * @param onLeaveByHolder the holder took this leave and may end it themselves
 * @param renewalOpensOn the first day a renewal can be asked for
 */
public record CertificateView(
    String id,
    String number,
    String code,
    CredentialType credential,
    CertificateStatus status,
    LocalDate issuedOn,
    LocalDate expiresOn,
    LocalDate graceEndsOn,
    LocalDate renewalOpensOn,
    String holderId,
    String displayName,
    String region,
    boolean imported,
    boolean onLeaveByHolder,
    Instant statusChangedAt,
    String courseVersion,
    String courseContentVersion,
    String examContentVersion) {}
