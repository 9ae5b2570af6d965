package org.facilitatoracademy.identity.domain;

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
 * A single-use secret mailed to a person (email confirmation, password reset). Only its hash is
 * stored, so a copy of the database does not let anyone use a pending link.
 */
@Entity
@Table(name = "account_token")
public class AccountToken {

  /** What following the mailed link does. */
  public enum Purpose {
    CONFIRM_EMAIL,
    RESET_PASSWORD
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_token_seq")
  @SequenceGenerator(
      name = "account_token_seq",
      sequenceName = "account_token_seq",
      allocationSize = 1)
  private Long id;

  @Column(name = "account_id", nullable = false, updatable = false)
  private Long accountId;

  @Enumerated(EnumType.STRING)
  @Column(name = "purpose", nullable = false, updatable = false)
  private Purpose purpose;

  @Column(name = "token_hash", nullable = false, updatable = false)
  private String tokenHash;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  protected AccountToken() {}

  public AccountToken(
      Long accountId, Purpose purpose, String tokenHash, Instant now, Instant expiresAt) {
    this.accountId = accountId;
    this.purpose = purpose;
    this.tokenHash = tokenHash;
    this.createdAt = now;
    this.expiresAt = expiresAt;
  }

  public boolean isUsable(Instant now) {
    return usedAt == null && now.isBefore(expiresAt);
  }

  public void use(Instant now) {
    if (!isUsable(now)) {
      throw new IllegalStateException("This link has already been used or has expired");
    }
    usedAt = now;
  }

  public Long accountId() {
    return accountId;
  }

  public Purpose purpose() {
    return purpose;
  }
}
