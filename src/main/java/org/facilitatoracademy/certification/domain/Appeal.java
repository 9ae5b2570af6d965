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
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.facilitatoracademy.platform.errors.BusinessException;

/**
 * A written appeal against a rejection, a suspension or a revocation. It must be filed within the
 * appeal period after the decision, and someone other than the person who made that decision
 * decides it.
 */
@Entity
@Table(name = "certification_appeal")
public class Appeal {

  public static final int TEXT_MAX = 4000;

  /** What is appealed against. */
  public enum Subject {
    APPLICATION,
    CERTIFICATE
  }

  /** Where an appeal stands. */
  public enum Status {
    OPEN,
    UPHELD,
    DISMISSED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "certification_appeal_seq")
  @SequenceGenerator(
      name = "certification_appeal_seq",
      sequenceName = "certification_appeal_seq",
      allocationSize = 1)
  private Long id;

  @Column(name = "public_id", nullable = false, updatable = false)
  private String publicId;

  @Enumerated(EnumType.STRING)
  @Column(name = "subject_type", nullable = false, updatable = false)
  private Subject subjectType;

  @Column(name = "subject_id", nullable = false, updatable = false)
  private String subjectId;

  @Column(name = "appellant_id", nullable = false, updatable = false)
  private String appellantId;

  @Column(name = "region_code", nullable = false, updatable = false)
  private String region;

  @Column(name = "original_decider", nullable = false, updatable = false)
  private String originalDecider;

  @Column(name = "appeal_text", nullable = false, updatable = false)
  private String text;

  @Column(name = "filed_at", nullable = false, updatable = false)
  private Instant filedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private Status status;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decision_comment")
  private String decisionComment;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Appeal() {}

  /**
   * Files an appeal.
   *
   * @param decidedAt when the decision appealed against was made
   * @param period how long after the decision an appeal may be filed
   */
  public Appeal(
      Subject subjectType,
      String subjectId,
      String appellantId,
      String region,
      String originalDecider,
      Instant decidedAt,
      String text,
      Instant now,
      Duration period) {
    if (text == null || text.isBlank()) {
      throw BusinessException.rule("appeal-text-required", "Write what your appeal is about.");
    }
    if (text.strip().length() > TEXT_MAX) {
      throw BusinessException.rule(
          "appeal-too-long", "Keep the appeal to " + TEXT_MAX + " characters.");
    }
    if (now.isAfter(decidedAt.plus(period))) {
      throw BusinessException.rule(
          "appeal-period-over",
          "Appeals must be made within " + period.toDays() + " days of the decision.");
    }
    this.publicId = UUID.randomUUID().toString();
    this.subjectType = subjectType;
    this.subjectId = subjectId;
    this.appellantId = appellantId;
    this.region = region;
    this.originalDecider = originalDecider;
    this.text = text.strip();
    this.filedAt = now;
    this.status = Status.OPEN;
  }

  /** Decides the appeal; the person who made the original decision cannot. */
  public void decide(boolean uphold, String deciderId, String comment, Instant now) {
    if (deciderId.equals(originalDecider) || deciderId.equals(appellantId)) {
      throw new BusinessException(
          BusinessException.Kind.FORBIDDEN,
          "own-decision",
          "An appeal is decided by someone other than the person who made the decision.");
    }
    if (status != Status.OPEN) {
      throw BusinessException.conflict(
          "already-decided", "This appeal was already decided by someone else.");
    }
    if (comment == null || comment.isBlank()) {
      throw BusinessException.rule(
          "comment-required", "Say why: the person who appealed reads it.");
    }
    status = uphold ? Status.UPHELD : Status.DISMISSED;
    decidedBy = deciderId;
    decidedAt = now;
    decisionComment = comment.strip();
  }

  public String publicId() {
    return publicId;
  }

  public Subject subjectType() {
    return subjectType;
  }

  public String subjectId() {
    return subjectId;
  }

  public String appellantId() {
    return appellantId;
  }

  public String region() {
    return region;
  }

  public String originalDecider() {
    return originalDecider;
  }

  public String text() {
    return text;
  }

  public Instant filedAt() {
    return filedAt;
  }

  public Status status() {
    return status;
  }

  public Optional<String> decidedBy() {
    return Optional.ofNullable(decidedBy);
  }

  public Optional<Instant> decidedAt() {
    return Optional.ofNullable(decidedAt);
  }

  public Optional<String> decisionComment() {
    return Optional.ofNullable(decisionComment);
  }
}
