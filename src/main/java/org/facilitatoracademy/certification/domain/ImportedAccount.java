package org.facilitatoracademy.certification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Marks an account that an import created for someone certified before the platform existed, so
 * administrators can tell such accounts from those people opened themselves.
 */
@Entity
@Table(name = "imported_account")
public class ImportedAccount {

  @Id
  @Column(name = "account_id", nullable = false, updatable = false)
  private String accountId;

  @Column(name = "imported_at", nullable = false, updatable = false)
  private Instant importedAt;

  @Column(name = "imported_by", nullable = false, updatable = false)
  private String importedBy;

  protected ImportedAccount() {}

  public ImportedAccount(String accountId, Instant importedAt, String importedBy) {
    this.accountId = accountId;
    this.importedAt = importedAt;
    this.importedBy = importedBy;
  }

  public String accountId() {
    return accountId;
  }
}
