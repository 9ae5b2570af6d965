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
import java.time.Instant;
import java.util.Optional;

/**
 * Why a coordinator changed a certificate's status or corrected the name printed on it (then the
 * status stays as it was and the names before and after are kept too). A credential can reveal a
 * health history, so this record is for coordinators only: never shown to the public, never put in
 * mail or in the audit log, which only points at it.
 */
@Entity
@Table(name = "certificate_status_reason")
public class StatusReason {

  public static final int REASON_MAX = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "certificate_status_reason_seq")
  @SequenceGenerator(
      name = "certificate_status_reason_seq",
      sequenceName = "certificate_status_reason_seq",
      allocationSize = 1)
  private Long id;

  @Column(name = "certificate_id", nullable = false, updatable = false)
  private String certificateId;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status", nullable = false, updatable = false)
  private CertificateStatus from;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", nullable = false, updatable = false)
  private CertificateStatus to;

  @Column(name = "reason", nullable = false, updatable = false)
  private String reason;

  @Column(name = "name_before", updatable = false)
  private String nameBefore;

  @Column(name = "name_after", updatable = false)
  private String nameAfter;

  @Column(name = "coordinator_id", nullable = false, updatable = false)
  private String coordinatorId;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  protected StatusReason() {}

  public StatusReason(
      String certificateId,
      StatusChange change,
      String reason,
      String coordinatorId,
      Instant recordedAt) {
    this.certificateId = certificateId;
    this.from = change.from();
    this.to = change.to();
    this.reason = reason;
    this.coordinatorId = coordinatorId;
    this.recordedAt = recordedAt;
  }

  /**
   * A name correction, recorded with the certificate's status of the day, which it leaves alone.
   */
  public static StatusReason nameCorrected(
      String certificateId,
      CertificateStatus status,
      NameCorrection correction,
      String reason,
      String coordinatorId,
      Instant recordedAt) {
    StatusReason record =
        new StatusReason(
            certificateId, new StatusChange(status, status), reason, coordinatorId, recordedAt);
    record.nameBefore = correction.before();
    record.nameAfter = correction.after();
    return record;
  }

  /** Refuses an empty or overlong reason before anything changes. */
  public static String require(String reason) {
    if (reason == null || reason.isBlank()) {
      throw org.facilitatoracademy.platform.errors.BusinessException.rule(
          "reason-required", "Give the reason for this change; only coordinators can read it.");
    }
    String text = reason.strip();
    if (text.length() > REASON_MAX) {
      throw org.facilitatoracademy.platform.errors.BusinessException.rule(
          "reason-too-long", "Keep the reason to " + REASON_MAX + " characters.");
    }
    return text;
  }

  public Long id() {
    return id;
  }

  public String certificateId() {
    return certificateId;
  }

  public CertificateStatus from() {
    return from;
  }

  public CertificateStatus to() {
    return to;
  }

  public String reason() {
    return reason;
  }

  /** The names before and after, when this records a name correction. */
  public Optional<NameCorrection> nameCorrection() {
    return nameAfter == null
        ? Optional.empty()
        : Optional.of(new NameCorrection(nameBefore, nameAfter));
  }

  public String coordinatorId() {
    return coordinatorId;
  }

  public Instant recordedAt() {
    return recordedAt;
  }
}
