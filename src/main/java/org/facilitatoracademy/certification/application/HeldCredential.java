package org.facilitatoracademy.certification.application;

import java.time.LocalDate;
import org.facilitatoracademy.certification.domain.CertificateStatus;
import org.facilitatoracademy.certification.domain.CredentialType;

/**
 * A credential someone holds, as other contexts need it to decide who may lead a meeting.
 *
 * @param status as it holds today (EXPIRED from the expiry date)
 * @param mayLead may go on leading meetings already assigned (ACTIVE, or EXPIRED within grace)
 * @param mayBeAssigned may be given a meeting to lead now (ACTIVE only)
 */
public record HeldCredential(
    String certificateId,
    CredentialType credential,
    CertificateStatus status,
    LocalDate issuedOn,
    LocalDate expiresOn,
    LocalDate graceEndsOn,
    boolean mayLead,
    boolean mayBeAssigned) {}
