package org.facilitatoracademy.verification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * The pseudonym that stands for one holder in every credential they receive: a random {@code
 * urn:uuid:}, so a credential names nobody and links to no account.
 */
@Entity
@Table(name = "credential_subject")
public class CredentialSubject {

  @Id
  @Column(name = "holder_id", nullable = false, updatable = false)
  private String holderId;

  @Column(name = "subject_uuid", nullable = false, updatable = false)
  private String subjectUuid;

  protected CredentialSubject() {}

  public CredentialSubject(String holderId) {
    this.holderId = holderId;
    this.subjectUuid = UUID.randomUUID().toString();
  }

  public String holderId() {
    return holderId;
  }

  /** {@code urn:uuid:…} */
  public String uri() {
    return "urn:uuid:" + subjectUuid;
  }
}
