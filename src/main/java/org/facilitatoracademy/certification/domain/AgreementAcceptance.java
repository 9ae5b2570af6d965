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
 * A yes with a date: the person accepted an agreement at that moment, in the version of its text
 * they were shown. Accepting again adds a new row, so the history shows every acceptance, and
 * renewal can ask for a recent one of the current version.
 */
@Entity
@Table(name = "agreement_acceptance")
public class AgreementAcceptance {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agreement_acceptance_seq")
  @SequenceGenerator(
      name = "agreement_acceptance_seq",
      sequenceName = "agreement_acceptance_seq",
      allocationSize = 1)
  private Long id;

  @Column(name = "account_id", nullable = false, updatable = false)
  private String accountId;

  @Enumerated(EnumType.STRING)
  @Column(name = "agreement", nullable = false, updatable = false)
  private Agreement agreement;

  @Column(name = "accepted_at", nullable = false, updatable = false)
  private Instant acceptedAt;

  /** Null for acceptances recorded before the texts had versions. */
  @Column(name = "version", updatable = false)
  private String version;

  protected AgreementAcceptance() {}

  public AgreementAcceptance(
      String accountId, Agreement agreement, String version, Instant acceptedAt) {
    this.accountId = accountId;
    this.agreement = agreement;
    this.version = version;
    this.acceptedAt = acceptedAt;
  }

  /** The version of the text that was accepted; empty for an acceptance from before versions. */
  public Optional<String> version() {
    return Optional.ofNullable(version);
  }

  /** Whether this acceptance is of the text in {@code currentVersion}. */
  public boolean isOf(String currentVersion) {
    return version != null && version.equals(currentVersion);
  }

  public String accountId() {
    return accountId;
  }

  public Agreement agreement() {
    return agreement;
  }

  public Instant acceptedAt() {
    return acceptedAt;
  }
}
