package org.facilitatoracademy.identity.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A person who uses Facilitator Academy. Every account is a trainee; other roles are given by an
 * administrator. The account guards its own sign-in state (failed attempts, lock) because the lock
 * must hold for every node of a cluster, so it lives in the database with the account.
 */
@Entity
@Table(name = "account")
public class Account {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
  @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 1)
  private Long id;

  @Column(name = "public_id", nullable = false, updatable = false)
  private String publicId;

  @Column(name = "email", nullable = false)
  private String email;

  @Column(name = "email_key", nullable = false)
  private String emailKey;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  @Column(name = "region_code", nullable = false)
  private String regionCode;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  /** Changes whenever the password changes, so cached API credentials can be recognised as old. */
  @Column(name = "credential_stamp", nullable = false)
  private String credentialStamp;

  @Column(name = "failed_sign_ins", nullable = false)
  private int failedSignIns;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  @Column(name = "email_confirmed_at")
  private Instant emailConfirmedAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
  @Column(name = "role_name")
  @Enumerated(EnumType.STRING)
  private Set<Role> roles = EnumSet.of(Role.TRAINEE);

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Account() {}

  public Account(
      EmailAddress email, String displayName, String regionCode, String passwordHash, Instant now) {
    this.publicId = UUID.randomUUID().toString();
    this.email = email.value();
    this.emailKey = email.key();
    this.displayName = requireDisplayName(displayName);
    this.regionCode = regionCode;
    this.passwordHash = passwordHash;
    this.credentialStamp = UUID.randomUUID().toString();
    this.createdAt = now;
  }

  static String requireDisplayName(String displayName) {
    if (displayName == null || displayName.isBlank()) {
      throw new IllegalArgumentException("A display name is required");
    }
    String name = displayName.strip();
    if (name.length() > 100) {
      throw new IllegalArgumentException("A display name can have at most 100 characters");
    }
    return name;
  }

  public boolean isLocked(Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }

  /**
   * Counts a wrong password. Returns true when this failure locks the account, so the caller can
   * record the lockout once.
   */
  public boolean recordFailedSignIn(Instant now, LockoutPolicy policy) {
    if (isLocked(now)) {
      return false;
    }
    if (lockedUntil != null) {
      // A lock that has run out starts a fresh count.
      lockedUntil = null;
      failedSignIns = 0;
    }
    failedSignIns++;
    if (failedSignIns >= policy.threshold()) {
      lockedUntil = now.plus(policy.duration());
      return true;
    }
    return false;
  }

  public void recordSuccessfulSignIn() {
    failedSignIns = 0;
    lockedUntil = null;
  }

  public void unlock() {
    failedSignIns = 0;
    lockedUntil = null;
  }

  public void changePasswordHash(String newHash) {
    this.passwordHash = newHash;
    this.credentialStamp = UUID.randomUUID().toString();
  }

  public void confirmEmail(Instant now) {
    if (emailConfirmedAt == null) {
      emailConfirmedAt = now;
    }
  }

  public boolean isEmailConfirmed() {
    return emailConfirmedAt != null;
  }

  /** Roles always include TRAINEE: every person can study. */
  public void replaceRoles(Set<Role> newRoles) {
    EnumSet<Role> next = EnumSet.of(Role.TRAINEE);
    next.addAll(newRoles);
    this.roles = next;
  }

  public void rename(String newDisplayName) {
    this.displayName = requireDisplayName(newDisplayName);
  }

  public void moveToRegion(String newRegionCode) {
    this.regionCode = newRegionCode;
  }

  /**
   * Closes the account at the person's request: personal data is erased, the row stays so that
   * records which point at it (audit, issued certificates) keep their meaning.
   */
  public void close(Instant now, String unusableHash) {
    this.closedAt = now;
    this.email = "closed-" + publicId + "@closed.invalid";
    this.emailKey = this.email;
    this.displayName = "Closed account";
    this.passwordHash = unusableHash;
    this.credentialStamp = UUID.randomUUID().toString();
    this.roles = EnumSet.of(Role.TRAINEE);
  }

  public boolean isClosed() {
    return closedAt != null;
  }

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }

  public Long id() {
    return id;
  }

  public String publicId() {
    return publicId;
  }

  public String email() {
    return email;
  }

  public String displayName() {
    return displayName;
  }

  public String regionCode() {
    return regionCode;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public String credentialStamp() {
    return credentialStamp;
  }

  public int failedSignIns() {
    return failedSignIns;
  }

  public Optional<Instant> lockedUntil() {
    return Optional.ofNullable(lockedUntil);
  }

  public Optional<Instant> emailConfirmedAt() {
    return Optional.ofNullable(emailConfirmedAt);
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Set<Role> roles() {
    return Collections.unmodifiableSet(roles);
  }

  public long version() {
    return version;
  }
}
