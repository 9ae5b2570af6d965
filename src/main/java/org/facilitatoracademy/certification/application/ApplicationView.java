package org.facilitatoracademy.certification.application;

import java.time.Instant;
import java.util.List;
import org.facilitatoracademy.certification.domain.ApplicationStatus;
import org.facilitatoracademy.certification.domain.CredentialType;

/**
 * An application as its applicant and the region's coordinators see it, with its history.
 *
 * @param certificateId the certificate an approval issued, if any
 */
public record ApplicationView(
    String id,
    String applicantId,
    String applicantName,
    String region,
    CredentialType credential,
    ApplicationStatus status,
    Instant appliedAt,
    Instant decidedAt,
    String decidedBy,
    String comment,
    String certificateId,
    List<HistoryLine> history) {

  /** One step of the history. */
  public record HistoryLine(Instant at, String actorId, String action, String details) {}
}
