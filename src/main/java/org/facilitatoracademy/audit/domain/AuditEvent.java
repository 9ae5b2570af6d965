package org.facilitatoracademy.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One thing that happened, by whom, to what. Events are only ever appended; each carries the hash
 * of the one before it, so changing or removing an old event breaks the chain visibly.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
  @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 1)
  private Long id;

  @Column(name = "position", nullable = false, updatable = false)
  private long position;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(name = "actor", nullable = false, updatable = false)
  private String actor;

  @Column(name = "action", nullable = false, updatable = false)
  private String action;

  @Column(name = "subject", updatable = false)
  private String subject;

  @Column(name = "details", updatable = false)
  private String details;

  @Column(name = "previous_hash", nullable = false, updatable = false)
  private String previousHash;

  @Column(name = "event_hash", nullable = false, updatable = false)
  private String eventHash;

  protected AuditEvent() {}

  public AuditEvent(
      long position,
      Instant occurredAt,
      String actor,
      String action,
      String subject,
      String details,
      String previousHash) {
    this.position = position;
    // Millisecond precision survives every database's TIMESTAMP, so the hash can be recomputed.
    this.occurredAt = occurredAt.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    this.actor = actor;
    this.action = action;
    this.subject = subject;
    this.details = details == null ? null : truncate(details, 4000);
    this.previousHash = previousHash;
    this.eventHash = AuditChain.hash(this);
  }

  private static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }

  public long position() {
    return position;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public String actor() {
    return actor;
  }

  public String action() {
    return action;
  }

  public String subject() {
    return subject;
  }

  public String details() {
    return details;
  }

  public String previousHash() {
    return previousHash;
  }

  public String eventHash() {
    return eventHash;
  }
}
