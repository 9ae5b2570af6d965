package org.facilitatoracademy.certification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The claim that one notice about one expiry date was handled: a reminder so many days ahead, the
 * expiry itself, the end of the grace period. The database keeps one row per (certificate, expiry
 * date, notice), so when several nodes of a cluster run the daily job, exactly one of them sends
 * each mail; a renewal moves the expiry date and so opens a fresh set of notices.
 */
@Entity
@Table(name = "certificate_notice")
public class CertificateNotice {

  public static final String EXPIRED = "expired";
  public static final String GRACE_ENDED = "grace-ended";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "certificate_notice_seq")
  @SequenceGenerator(
      name = "certificate_notice_seq",
      sequenceName = "certificate_notice_seq",
      allocationSize = 1)
  private Long id;

  @Column(name = "certificate_id", nullable = false, updatable = false)
  private String certificateId;

  @Column(name = "expires_on", nullable = false, updatable = false)
  private LocalDate expiresOn;

  @Column(name = "notice", nullable = false, updatable = false)
  private String notice;

  @Column(name = "handled_at", nullable = false, updatable = false)
  private Instant handledAt;

  protected CertificateNotice() {}

  public CertificateNotice(
      String certificateId, LocalDate expiresOn, String notice, Instant handledAt) {
    this.certificateId = certificateId;
    this.expiresOn = expiresOn;
    this.notice = notice;
    this.handledAt = handledAt;
  }

  public static String reminder(int daysBefore) {
    return "reminder-" + daysBefore;
  }

  public String certificateId() {
    return certificateId;
  }

  public LocalDate expiresOn() {
    return expiresOn;
  }

  public String notice() {
    return notice;
  }
}
