package org.facilitatoracademy.certification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * One step in the life of an application or certificate, as its owner may read it: applied,
 * approved, status changed, renewed, appealed. Coordinators' reasons are never here; they live in
 * {@link StatusReason}.
 */
@Entity
@Table(name = "certification_history")
public class HistoryEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "certification_history_seq")
  @SequenceGenerator(
      name = "certification_history_seq",
      sequenceName = "certification_history_seq",
      allocationSize = 1)
  private Long id;

  @Column(name = "subject_id", nullable = false, updatable = false)
  private String subjectId;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(name = "actor_id", nullable = false, updatable = false)
  private String actorId;

  @Column(name = "action", nullable = false, updatable = false)
  private String action;

  @Column(name = "details", updatable = false)
  private String details;

  protected HistoryEntry() {}

  public HistoryEntry(
      String subjectId, Instant occurredAt, String actorId, String action, String details) {
    this.subjectId = subjectId;
    this.occurredAt = occurredAt;
    this.actorId = actorId;
    this.action = action;
    this.details = details;
  }

  public String subjectId() {
    return subjectId;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public String actorId() {
    return actorId;
  }

  public String action() {
    return action;
  }

  public Optional<String> details() {
    return Optional.ofNullable(details);
  }
}
