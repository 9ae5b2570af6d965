package org.facilitatoracademy.certification.application;

import java.time.Instant;
import org.facilitatoracademy.certification.domain.CertificateStatus;

/** A coordinator's reason for a status change, for coordinators only. */
public record StatusReasonView(
    CertificateStatus from,
    CertificateStatus to,
    String reason,
    String coordinatorId,
    String coordinatorName,
    Instant recordedAt) {}
