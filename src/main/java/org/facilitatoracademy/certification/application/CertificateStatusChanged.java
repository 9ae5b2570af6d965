package org.facilitatoracademy.certification.application;

import java.time.Instant;
import java.time.LocalDate;
import org.facilitatoracademy.certification.domain.CertificateStatus;
import org.facilitatoracademy.certification.domain.CredentialType;

/**
 * A certificate's standing changed: a coordinator's or the holder's status change, expiry on its
 * date, the end of the grace period after expiry (status stays EXPIRED, {@code mayLead} turns
 * false), a renewal (new {@code expiresOn}) or an upheld appeal. Fired inside the transaction that
 * made the change; observe it with {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}.
 * Never carries a reason: those are for coordinators only.
 *
 * @param previousStatus the status before the change as it held that day
 * @param mayLead whether the holder may go on leading meetings they already lead
 * @param mayBeAssigned whether the holder may be given a new meeting to lead
 * @param graceEndsOn the first day after expiry on which leading stops
 */
public record CertificateStatusChanged(
    String certificateId,
    String code,
    String accountId,
    String region,
    CredentialType credential,
    CertificateStatus previousStatus,
    CertificateStatus status,
    LocalDate issuedOn,
    LocalDate expiresOn,
    LocalDate graceEndsOn,
    boolean mayLead,
    boolean mayBeAssigned,
    Instant changedAt)
    implements CertificateEvent {}
