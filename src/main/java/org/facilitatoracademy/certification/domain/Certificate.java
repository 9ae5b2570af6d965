package org.facilitatoracademy.certification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.facilitatoracademy.platform.errors.BusinessException;

/**
 * A credential held by one person: what it entitles them to lead, from when until when, and whether
 * it stands right now. The display name is copied at issue, so a later rename changes no issued
 * certificate; only a coordinator's correction ({@link #correctDisplayName}) does. Status changes
 * go through the methods here, which enforce the transitions of the contract; EXPIRED also follows
 * from the date alone ({@link #statusOn}).
 */
@Entity
@Table(name = "certificate")
public class Certificate {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "certificate_seq")
  @SequenceGenerator(name = "certificate_seq", sequenceName = "certificate_seq", allocationSize = 1)
  private Long id;

  @Column(name = "public_id", nullable = false, updatable = false)
  private String publicId;

  @Column(name = "cert_number", nullable = false, updatable = false)
  private String number;

  @Column(name = "code", nullable = false, updatable = false)
  private String code;

  @Column(name = "holder_id", nullable = false, updatable = false)
  private String holderId;

  @Enumerated(EnumType.STRING)
  @Column(name = "credential", nullable = false, updatable = false)
  private CredentialType credential;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  @Column(name = "region_code", nullable = false)
  private String region;

  @Column(name = "issued_on", nullable = false, updatable = false)
  private LocalDate issuedOn;

  @Column(name = "expires_on", nullable = false)
  private LocalDate expiresOn;

  /** Start of the current validity period: the issue date, then the date of the last renewal. */
  @Column(name = "period_start", nullable = false)
  private LocalDate periodStart;

  @Column(name = "period_started_at")
  private Instant periodStartedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private CertificateStatus status;

  /** Leave the holder took themselves, which they may also end themselves. */
  @Column(name = "leave_by_holder", nullable = false)
  private boolean leaveByHolder;

  @Column(name = "status_changed_at", nullable = false)
  private Instant statusChangedAt;

  @Column(name = "status_changed_by", nullable = false)
  private String statusChangedBy;

  @Column(name = "imported", nullable = false, updatable = false)
  private boolean imported;

  @Column(name = "application_id", updatable = false)
  private String applicationId;

  @Column(name = "issued_by", nullable = false, updatable = false)
  private String issuedBy;

  @Embedded private EarnedOn earnedOn;

  /** When the holder closed their account; from then on the certificate is only a record. */
  @Column(name = "holder_closed_at")
  private Instant holderClosedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Certificate() {}

  /**
   * A certificate as issued; it gets its number once stored ({@link #assignNumber}).
   *
   * @param applicationId the approved application, or null for an imported certificate
   * @param earnedOn the content it was earned on, or null for an imported certificate
   */
  public Certificate(
      String holderId,
      CredentialType credential,
      String displayName,
      String region,
      LocalDate issuedOn,
      LocalDate expiresOn,
      String code,
      String applicationId,
      EarnedOn earnedOn,
      boolean imported,
      String issuedBy,
      Instant now) {
    if (!expiresOn.isAfter(issuedOn)) {
      throw BusinessException.rule(
          "expiry-before-issue", "A certificate must expire after it is issued.");
    }
    this.publicId = UUID.randomUUID().toString();
    this.holderId = holderId;
    this.credential = credential;
    this.displayName = displayName;
    this.region = region;
    this.issuedOn = issuedOn;
    this.expiresOn = expiresOn;
    this.periodStart = issuedOn;
    this.periodStartedAt = imported ? startOf(issuedOn) : now;
    this.code = code;
    this.applicationId = applicationId;
    this.earnedOn = earnedOn;
    this.imported = imported;
    this.issuedBy = issuedBy;
    this.status = CertificateStatus.ACTIVE;
    this.statusChangedAt = now;
    this.statusChangedBy = issuedBy;
  }

  /**
   * Gives the certificate its human-friendly number, e.g. {@code FA-2026-000123}: the prefix, the
   * year of issue and the certificate's database sequence, so numbers never repeat.
   */
  public void assignNumber(String prefix) {
    if (id == null) {
      throw new IllegalStateException("A certificate is numbered once it is stored");
    }
    if (number == null) {
      number = String.format("%s-%d-%06d", prefix, issuedOn.getYear(), id);
    }
  }

  /** The status on a given day: an ACTIVE or INACTIVE certificate is EXPIRED from its date. */
  public CertificateStatus statusOn(LocalDate day) {
    boolean pastExpiry = !day.isBefore(expiresOn);
    if (pastExpiry
        && (status == CertificateStatus.ACTIVE || status == CertificateStatus.INACTIVE)) {
      return CertificateStatus.EXPIRED;
    }
    return status;
  }

  /** The first day on which an expired certificate no longer lets its holder lead. */
  public LocalDate graceEndsOn(int graceDays) {
    return expiresOn.plusDays(graceDays);
  }

  /**
   * Whether the holder may go on leading the meetings they already lead: while ACTIVE, and after
   * expiry until the grace period ends — but not from leave, suspension or revocation.
   */
  public boolean mayLeadOn(LocalDate day, int graceDays) {
    boolean wasActive = status == CertificateStatus.ACTIVE || status == CertificateStatus.EXPIRED;
    return wasActive && day.isBefore(graceEndsOn(graceDays));
  }

  /** Whether the holder may be given a meeting to lead now: only while ACTIVE. */
  public boolean mayBeAssignedOn(LocalDate day) {
    return statusOn(day) == CertificateStatus.ACTIVE;
  }

  /**
   * A coordinator's change. ACTIVE only from INACTIVE or SUSPENDED and not after expiry; nothing
   * from REVOKED; nobody changes their own certificate.
   */
  public StatusChange changeStatus(
      CertificateStatus target, String coordinatorId, LocalDate today, Instant now) {
    if (holderId.equals(coordinatorId)) {
      throw new BusinessException(
          BusinessException.Kind.FORBIDDEN,
          "own-certificate",
          "Nobody can change the status of their own certificate.");
    }
    CertificateStatus current = statusOn(today);
    if (status == CertificateStatus.REVOKED) {
      throw BusinessException.conflict(
          "revoked-final", "This certificate is revoked; its status cannot change.");
    }
    if (target == current) {
      throw BusinessException.conflict(
          "status-unchanged", "The certificate is already " + target + ".");
    }
    switch (target) {
      case ACTIVE -> {
        if (status != CertificateStatus.INACTIVE && status != CertificateStatus.SUSPENDED) {
          throw BusinessException.conflict(
              "not-reactivatable",
              "Only an inactive or suspended certificate can be made active again.");
        }
        if (current == CertificateStatus.EXPIRED || !today.isBefore(expiresOn)) {
          throw BusinessException.conflict(
              "expired", "This certificate has expired; it can only be renewed.");
        }
      }
      case INACTIVE -> {
        if (current != CertificateStatus.ACTIVE && current != CertificateStatus.SUSPENDED) {
          throw BusinessException.conflict(
              "not-active", "Only an active or suspended certificate can be set inactive.");
        }
      }
      case SUSPENDED, REVOKED -> {
        // Allowed from every status but REVOKED (checked above), expired ones included, so that
        // a holder in the grace period can be stopped from leading.
      }
      case EXPIRED ->
          throw BusinessException.malformed(
              "EXPIRED follows from the date; a coordinator cannot set it.");
    }
    return move(target, coordinatorId, now, false);
  }

  /**
   * A coordinator corrects the name printed on the certificate. Never on one's own certificate, and
   * not on a revoked one, which stays as it was revoked.
   *
   * @return the correction, or empty when the certificate already carries this name
   */
  public Optional<NameCorrection> correctDisplayName(String newName, String coordinatorId) {
    if (holderId.equals(coordinatorId)) {
      throw new BusinessException(
          BusinessException.Kind.FORBIDDEN,
          "own-certificate",
          "Nobody can correct the name on their own certificate.");
    }
    if (status == CertificateStatus.REVOKED) {
      throw BusinessException.conflict(
          "revoked-final", "This certificate is revoked; the name on it cannot change.");
    }
    String name = NameCorrection.requireDisplayName(newName);
    if (name.equals(displayName)) {
      return Optional.empty();
    }
    NameCorrection correction = new NameCorrection(displayName, name);
    displayName = name;
    return Optional.of(correction);
  }

  /** The holder's voluntary leave: ACTIVE ⇄ INACTIVE, nothing else. */
  public StatusChange takeLeave(boolean onLeave, LocalDate today, Instant now) {
    CertificateStatus current = statusOn(today);
    if (onLeave) {
      if (current != CertificateStatus.ACTIVE) {
        throw BusinessException.conflict(
            "not-active", "Only an active certificate can be put on leave.");
      }
      return move(CertificateStatus.INACTIVE, holderId, now, true);
    }
    if (current != CertificateStatus.INACTIVE) {
      throw BusinessException.conflict("not-on-leave", "This certificate is not on leave.");
    }
    if (!leaveByHolder) {
      throw BusinessException.conflict(
          "leave-set-by-coordinator",
          "Your coordinator set this certificate inactive; talk to them to make it active again.");
    }
    return move(CertificateStatus.ACTIVE, holderId, now, false);
  }

  /** The daily job: an ACTIVE certificate whose date has come becomes EXPIRED. */
  public Optional<StatusChange> expireIfDue(LocalDate today, Instant now) {
    if (status == CertificateStatus.ACTIVE && !today.isBefore(expiresOn)) {
      return Optional.of(move(CertificateStatus.EXPIRED, "system", now, false));
    }
    return Optional.empty();
  }

  /** Whether renewal is possible at all today: not suspended or revoked, not past the grace. */
  public boolean renewableOn(LocalDate today, int graceDays) {
    return holderClosedAt == null
        && (status == CertificateStatus.ACTIVE
            || status == CertificateStatus.INACTIVE
            || status == CertificateStatus.EXPIRED)
        && today.isBefore(graceEndsOn(graceDays));
  }

  /**
   * Renewal: a new expiry date and a new validity period from today; an expired certificate in its
   * grace period becomes ACTIVE again.
   */
  public StatusChange renew(
      LocalDate newExpiry, LocalDate today, int graceDays, String holder, Instant now) {
    if (!renewableOn(today, graceDays)) {
      throw BusinessException.conflict(
          "not-renewable",
          "This certificate cannot be renewed: it is "
              + statusOn(today)
              + (today.isBefore(graceEndsOn(graceDays)) ? "." : " beyond the grace period."));
    }
    CertificateStatus before = statusOn(today);
    expiresOn = newExpiry;
    periodStart = today;
    periodStartedAt = now;
    if (status == CertificateStatus.EXPIRED) {
      return move(CertificateStatus.ACTIVE, holder, now, false);
    }
    statusChangedAt = now;
    statusChangedBy = holder;
    return new StatusChange(before, statusOn(today));
  }

  /** An upheld appeal against a suspension or revocation restores the certificate. */
  public StatusChange reinstate(String deciderId, Instant now) {
    if (status != CertificateStatus.SUSPENDED && status != CertificateStatus.REVOKED) {
      throw BusinessException.conflict(
          "not-appealable", "Only a suspended or revoked certificate can be reinstated.");
    }
    return move(CertificateStatus.ACTIVE, deciderId, now, false);
  }

  /**
   * The holder closed their account. The certificate stays as the record that the credential
   * existed (number, credential, dates, status), so that whoever checks it learns it no longer
   * stands; the name on it is erased. A certificate that was still in use ends as INACTIVE, the
   * neutral word, never REVOKED, which would suggest misconduct; an expired one becomes INACTIVE
   * too, which still reads EXPIRED after its date but ends the grace period's leading. A revoked
   * certificate stays revoked. Nothing makes the certificate ACTIVE again afterwards.
   */
  public StatusChange closeWithHolder(Instant now) {
    holderClosedAt = now;
    displayName = "";
    if (status == CertificateStatus.REVOKED) {
      return new StatusChange(status, status);
    }
    return move(CertificateStatus.INACTIVE, holderId, now, false);
  }

  /** Whether the holder closed their account. */
  public boolean holderClosed() {
    return holderClosedAt != null;
  }

  private StatusChange move(CertificateStatus target, String actor, Instant now, boolean byHolder) {
    if (target == CertificateStatus.ACTIVE && holderClosed()) {
      throw BusinessException.conflict(
          "holder-account-closed",
          "The holder closed their account; this certificate cannot become active again.");
    }
    CertificateStatus before = status;
    status = target;
    leaveByHolder = target == CertificateStatus.INACTIVE && byHolder;
    statusChangedAt = now;
    statusChangedBy = actor;
    return new StatusChange(before, target);
  }

  public Long id() {
    return id;
  }

  public String publicId() {
    return publicId;
  }

  public String number() {
    return number;
  }

  public String code() {
    return code;
  }

  public String holderId() {
    return holderId;
  }

  public CredentialType credential() {
    return credential;
  }

  public String displayName() {
    return displayName;
  }

  public String region() {
    return region;
  }

  public LocalDate issuedOn() {
    return issuedOn;
  }

  public LocalDate expiresOn() {
    return expiresOn;
  }

  public LocalDate periodStart() {
    return periodStart;
  }

  /**
   * The moment the current validity period began: issue (for an imported certificate, the start of
   * its issue day) or the latest renewal. What renewal needs done "during the period" is done after
   * this moment, so a refresher that served one renewal never serves the next.
   */
  public Instant periodStartedAt() {
    return periodStartedAt != null ? periodStartedAt : startOf(periodStart);
  }

  private static Instant startOf(LocalDate day) {
    return day.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  /** The status as stored; use {@link #statusOn} for what holds on a given day. */
  public CertificateStatus storedStatus() {
    return status;
  }

  /** On leave the holder took, which they may end themselves. */
  public boolean onLeaveByHolder() {
    return status == CertificateStatus.INACTIVE && leaveByHolder;
  }

  public Instant statusChangedAt() {
    return statusChangedAt;
  }

  public String statusChangedBy() {
    return statusChangedBy;
  }

  public boolean imported() {
    return imported;
  }

  public Optional<String> applicationId() {
    return Optional.ofNullable(applicationId);
  }

  public String issuedBy() {
    return issuedBy;
  }

  public Optional<EarnedOn> earnedOn() {
    return Optional.ofNullable(earnedOn);
  }
}
