package org.facilitatoracademy.certification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.facilitatoracademy.platform.errors.BusinessException;

/**
 * A person's request to be certified, made once the requirements are met, and the coordinator's
 * decision on it. It is decided once: a second decision — two coordinators at the same moment — is
 * refused as a conflict.
 */
@Entity
@Table(name = "certification_application")
public class CertificationApplication {

  public static final int COMMENT_MAX = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "certification_application_seq")
  @SequenceGenerator(
      name = "certification_application_seq",
      sequenceName = "certification_application_seq",
      allocationSize = 1)
  private Long id;

  @Column(name = "public_id", nullable = false, updatable = false)
  private String publicId;

  @Column(name = "applicant_id", nullable = false, updatable = false)
  private String applicantId;

  @Column(name = "region_code", nullable = false, updatable = false)
  private String region;

  @Enumerated(EnumType.STRING)
  @Column(name = "credential", nullable = false, updatable = false)
  private CredentialType credential;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private ApplicationStatus status;

  @Column(name = "applied_at", nullable = false, updatable = false)
  private Instant appliedAt;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decision_comment")
  private String decisionComment;

  @Column(name = "certificate_id")
  private String certificateId;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected CertificationApplication() {}

  public CertificationApplication(
      String applicantId, String region, CredentialType credential, Instant now) {
    this.publicId = UUID.randomUUID().toString();
    this.applicantId = applicantId;
    this.region = region;
    this.credential = credential;
    this.status = ApplicationStatus.PENDING;
    this.appliedAt = now;
  }

  /** Approves; the certificate it leads to is recorded with {@link #issued}. */
  public void approve(String deciderId, String comment, Instant now) {
    decide(ApplicationStatus.APPROVED, deciderId, comment, now);
  }

  public void reject(String deciderId, String comment, Instant now) {
    if (comment == null || comment.isBlank()) {
      throw BusinessException.rule(
          "comment-required", "Say why the application is rejected: the applicant reads it.");
    }
    decide(ApplicationStatus.REJECTED, deciderId, comment, now);
  }

  /** An upheld appeal against a rejection turns it into an approval by the appeal's decider. */
  public void approveOnAppeal(String deciderId, String comment, Instant now) {
    if (status != ApplicationStatus.REJECTED) {
      throw BusinessException.conflict(
          "not-rejected", "Only a rejected application can be approved on appeal.");
    }
    status = ApplicationStatus.APPROVED;
    decidedBy = deciderId;
    decidedAt = now;
    decisionComment = trimmed(comment);
  }

  public void issued(String certificatePublicId) {
    this.certificateId = certificatePublicId;
  }

  private void decide(ApplicationStatus outcome, String deciderId, String comment, Instant now) {
    if (applicantId.equals(deciderId)) {
      throw new BusinessException(
          BusinessException.Kind.FORBIDDEN,
          "own-application",
          "Nobody can decide their own application.");
    }
    if (status != ApplicationStatus.PENDING) {
      throw BusinessException.conflict(
          "already-decided",
          "This application was already " + status.name().toLowerCase() + " by someone else.");
    }
    status = outcome;
    decidedBy = deciderId;
    decidedAt = now;
    decisionComment = trimmed(comment);
  }

  private static String trimmed(String comment) {
    if (comment == null || comment.isBlank()) {
      return null;
    }
    String text = comment.strip();
    if (text.length() > COMMENT_MAX) {
      throw BusinessException.rule(
          "comment-too-long", "Keep the comment to " + COMMENT_MAX + " characters.");
    }
    return text;
  }

  public Long id() {
    return id;
  }

  public String publicId() {
    return publicId;
  }

  public String applicantId() {
    return applicantId;
  }

  public String region() {
    return region;
  }

  public CredentialType credential() {
    return credential;
  }

  public ApplicationStatus status() {
    return status;
  }

  public Instant appliedAt() {
    return appliedAt;
  }

  public Optional<Instant> decidedAt() {
    return Optional.ofNullable(decidedAt);
  }

  public Optional<String> decidedBy() {
    return Optional.ofNullable(decidedBy);
  }

  public Optional<String> decisionComment() {
    return Optional.ofNullable(decisionComment);
  }

  public Optional<String> certificateId() {
    return Optional.ofNullable(certificateId);
  }
}
