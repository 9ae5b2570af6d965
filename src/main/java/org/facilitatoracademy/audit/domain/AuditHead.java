package org.facilitatoracademy.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The end of the chain. Appending locks this single row, which keeps the chain linear when several
 * nodes of a cluster write at once.
 */
@Entity
@Table(name = "audit_head")
public class AuditHead {

  @Id
  @Column(name = "id")
  private Integer id;

  @Column(name = "last_position", nullable = false)
  private long lastPosition;

  @Column(name = "last_hash", nullable = false)
  private String lastHash;

  protected AuditHead() {}

  public long lastPosition() {
    return lastPosition;
  }

  public String lastHash() {
    return lastHash;
  }

  public void advanceTo(AuditEvent event) {
    this.lastPosition = event.position();
    this.lastHash = event.eventHash();
  }
}
