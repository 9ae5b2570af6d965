package org.facilitatoracademy.certification.application;

import java.time.Instant;
import org.facilitatoracademy.certification.domain.CertificateStatus;

/**
 * A coordinator's reason for a status change or a name correction, for coordinators only.
 *
 * @param nameBefore for a name correction, the name printed before it; otherwise null
 * @param nameAfter for a name correction, the name printed since; otherwise null
 */
public record StatusReasonView(
    CertificateStatus from,
    CertificateStatus to,
    String nameBefore,
    String nameAfter,
    String reason,
    String coordinatorId,
    String coordinatorName,
    Instant recordedAt) {}
