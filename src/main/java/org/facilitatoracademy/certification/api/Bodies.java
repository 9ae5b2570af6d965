package org.facilitatoracademy.certification.api;

import org.facilitatoracademy.platform.errors.BusinessException;

/** Request bodies of the certification API and the one check they all share. */
public final class Bodies {

  private Bodies() {}

  static <T> T required(T body) {
    if (body == null) {
      throw BusinessException.malformed("A JSON body is required.");
    }
    return body;
  }

  /** An agreement to accept: {@code code-of-conduct} or {@code confidentiality}. */
  public record AgreementBody(String agreement) {}

  /** A credential to apply for. */
  public record ApplicationBody(
      org.facilitatoracademy.certification.domain.CredentialType credential) {}

  /** A coordinator's decision. */
  public record DecisionBody(String decision, String comment) {}

  /** An appeal against an application's rejection or a certificate's suspension or revocation. */
  public record AppealBody(String subject, String text) {}

  /** A decision on an appeal: UPHOLD or DISMISS. */
  public record AppealDecisionBody(String decision, String comment) {}

  /** A coordinator's status change. */
  public record StatusBody(
      org.facilitatoracademy.certification.domain.CertificateStatus status, String reason) {}

  /** A coordinator's correction of the name printed on a certificate. */
  public record DisplayNameBody(String displayName, String reason) {}

  /** The holder's leave. */
  public record LeaveBody(Boolean onLeave) {}

  /** The holder's renewal: the yes/no activity attestation. */
  public record RenewalBody(Boolean activityAttested) {}
}
