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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What verification keeps of one certificate: only the facts the public may see, the holder (so the
 * holder can download the credential and read the log of checks), and where its revocation bit
 * lives. Kept up to date from the certification context's events.
 */
@Entity
@Table(name = "verifiable_certificate")
public class VerifiableCertificate {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "verifiable_certificate_seq")
  @SequenceGenerator(
      name = "verifiable_certificate_seq",
      sequenceName = "verifiable_certificate_seq",
      allocationSize = 1)
  private Long id;

  @Column(name = "certificate_id", nullable = false, updatable = false)
  private String certificateId;

  @Column(name = "holder_id", nullable = false, updatable = false)
  private String holderId;

  @Column(name = "code", nullable = false, updatable = false)
  private String code;

  @Column(name = "code_digest", nullable = false, updatable = false)
  private String codeDigest;

  /** The credential's own id ({@code urn:uuid:}), unrelated to any id used inside the academy. */
  @Column(name = "credential_uuid", nullable = false, updatable = false)
  private String credentialUuid;

  @Enumerated(EnumType.STRING)
  @Column(name = "credential", nullable = false, updatable = false)
  private Credential credential;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private HeldStatus status;

  @Column(name = "issued_on", nullable = false, updatable = false)
  private LocalDate issuedOn;

  @Column(name = "expires_on", nullable = false)
  private LocalDate expiresOn;

  @Column(name = "status_list_id", nullable = false, updatable = false)
  private Long statusListId;

  @Column(name = "status_list_index", nullable = false, updatable = false)
  private int statusListIndex;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  /** The holder closed their account: the name is erased and never shown again. */
  @Column(name = "name_withheld", nullable = false)
  private boolean nameWithheld;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected VerifiableCertificate() {}

  public VerifiableCertificate(
      String certificateId,
      String holderId,
      VerificationCode code,
      Credential credential,
      String displayName,
      HeldStatus status,
      LocalDate issuedOn,
      LocalDate expiresOn,
      StatusList statusList,
      int statusListIndex,
      Instant now) {
    this.certificateId = certificateId;
    this.holderId = holderId;
    this.code = code.value();
    this.codeDigest = code.digest();
    this.credentialUuid = UUID.randomUUID().toString();
    this.credential = credential;
    this.displayName = displayName;
    this.status = status;
    this.issuedOn = issuedOn;
    this.expiresOn = expiresOn;
    this.statusListId = statusList.id();
    this.statusListIndex = statusListIndex;
    this.updatedAt = now;
  }

  /**
   * Takes over what the certification context now says: status, expiry (renewal moves it) and the
   * display name (a coordinator may correct it).
   */
  public void update(HeldStatus status, LocalDate expiresOn, String displayName, Instant now) {
    this.status = status;
    this.expiresOn = expiresOn;
    this.displayName = displayName;
    this.updatedAt = now;
  }

  /**
   * The holder closed their account: the certificate stays findable by its code, so a venue still
   * learns that it no longer stands, but without a name. Whatever name arrives later is not shown.
   */
  public void withholdName(Instant now) {
    this.nameWithheld = true;
    this.displayName = "";
    this.updatedAt = now;
  }

  public boolean nameWithheld() {
    return nameWithheld;
  }

  public PublicStatus publicStatusOn(LocalDate day) {
    return status.publicStatusOn(day, expiresOn);
  }

  /** Whether the revocation bit must be set. Only revocation is published in the status list. */
  public boolean revoked() {
    return status == HeldStatus.REVOKED;
  }

  public boolean heldBy(String accountId) {
    return holderId.equals(accountId);
  }

  public Long id() {
    return id;
  }

  public String certificateId() {
    return certificateId;
  }

  public String holderId() {
    return holderId;
  }

  public VerificationCode code() {
    return VerificationCode.read(code).orElseThrow();
  }

  public String credentialUuid() {
    return credentialUuid;
  }

  public Credential credential() {
    return credential;
  }

  public String displayName() {
    return displayName;
  }

  public HeldStatus status() {
    return status;
  }

  public LocalDate issuedOn() {
    return issuedOn;
  }

  public LocalDate expiresOn() {
    return expiresOn;
  }

  public Long statusListId() {
    return statusListId;
  }

  public int statusListIndex() {
    return statusListIndex;
  }
}
