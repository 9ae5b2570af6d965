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
import java.time.LocalDate;

/**
 * A status a certificate took from a given day, with the expiry date it had then: one line of the
 * history that answers "what did this certificate say on that day". Never changed once written.
 */
@Entity
@Table(name = "status_entry")
public class StatusEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "status_entry_seq")
  @SequenceGenerator(
      name = "status_entry_seq",
      sequenceName = "status_entry_seq",
      allocationSize = 1)
  private Long id;

  @Column(name = "certificate_ref", nullable = false, updatable = false)
  private Long certificateRef;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, updatable = false)
  private HeldStatus status;

  @Column(name = "expires_on", nullable = false, updatable = false)
  private LocalDate expiresOn;

  @Column(name = "effective_on", nullable = false, updatable = false)
  private LocalDate effectiveOn;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  protected StatusEntry() {}

  public StatusEntry(VerifiableCertificate certificate, LocalDate effectiveOn, Instant recordedAt) {
    this.certificateRef = certificate.id();
    this.status = certificate.status();
    this.expiresOn = certificate.expiresOn();
    this.effectiveOn = effectiveOn;
    this.recordedAt = recordedAt;
  }

  public HeldStatus status() {
    return status;
  }

  public LocalDate expiresOn() {
    return expiresOn;
  }

  public LocalDate effectiveOn() {
    return effectiveOn;
  }

  public Instant recordedAt() {
    return recordedAt;
  }

  public Long id() {
    return id;
  }
}
