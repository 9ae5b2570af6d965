package org.facilitatoracademy.verification.domain;

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

/**
 * One look-up of a certificate, for its holder's log: when, and whether on the page or through the
 * API. Deliberately nothing about who looked or from where.
 */
@Entity
@Table(name = "verification_check")
public class VerificationCheck {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "verification_check_seq")
  @SequenceGenerator(
      name = "verification_check_seq",
      sequenceName = "verification_check_seq",
      allocationSize = 1)
  private Long id;

  @Column(name = "certificate_ref", nullable = false, updatable = false)
  private Long certificateRef;

  @Column(name = "checked_at", nullable = false, updatable = false)
  private Instant checkedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "channel", nullable = false, updatable = false)
  private Channel channel;

  protected VerificationCheck() {}

  public VerificationCheck(VerifiableCertificate certificate, Channel channel, Instant at) {
    this.certificateRef = certificate.id();
    this.channel = channel;
    this.checkedAt = at;
  }

  public Long certificateRef() {
    return certificateRef;
  }

  public Instant checkedAt() {
    return checkedAt;
  }

  public Channel channel() {
    return channel;
  }
}
