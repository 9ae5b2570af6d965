package org.facilitatoracademy.facilitation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * One person's duty in one meeting, from its start until it ends. Rows are never deleted: ended
 * duties are the meeting's history of who led it, on which credential, and why that stopped.
 */
@Entity
@Table(name = "leader_assignment")
public class LeaderAssignment {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "leader_assignment_seq")
  @SequenceGenerator(
      name = "leader_assignment_seq",
      sequenceName = "leader_assignment_seq",
      allocationSize = 1)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "meeting_id", nullable = false, updatable = false)
  private Meeting meeting;

  @Column(name = "account_id", nullable = false, updatable = false)
  private String accountId;

  @Enumerated(EnumType.STRING)
  @Column(name = "duty", nullable = false, updatable = false)
  private Duty duty;

  /** The credential the duty rests on; a leader on HOST needs a mentor. */
  @Enumerated(EnumType.STRING)
  @Column(name = "basis", nullable = false)
  private CredentialKind basis;

  @Column(name = "started_at", nullable = false, updatable = false)
  private Instant startedAt;

  @Column(name = "started_by", nullable = false, updatable = false)
  private String startedBy;

  @Column(name = "ended_at")
  private Instant endedAt;

  @Column(name = "ended_by")
  private String endedBy;

  @Enumerated(EnumType.STRING)
  @Column(name = "end_reason")
  private EndReason endReason;

  protected LeaderAssignment() {}

  LeaderAssignment(
      Meeting meeting,
      String accountId,
      Duty duty,
      CredentialKind basis,
      String startedBy,
      Instant now) {
    this.meeting = meeting;
    this.accountId = accountId;
    this.duty = duty;
    this.basis = basis;
    this.startedBy = startedBy;
    this.startedAt = now;
  }

  void end(EndReason reason, String by, Instant now) {
    if (endedAt == null) {
      endedAt = now;
      endedBy = by;
      endReason = reason;
    }
  }

  /**
   * The duty goes on, on the credential the person now serves on (never after it ended). Returns
   * whether that changed the basis.
   */
  boolean continueOn(CredentialKind credential) {
    if (endedAt != null || basis == credential) {
      return false;
    }
    basis = credential;
    return true;
  }

  public boolean isCurrent() {
    return endedAt == null;
  }

  public boolean isHeldBy(String account) {
    return accountId.equals(account);
  }

  public Long id() {
    return id;
  }

  public String accountId() {
    return accountId;
  }

  public Duty duty() {
    return duty;
  }

  public CredentialKind basis() {
    return basis;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public String startedBy() {
    return startedBy;
  }

  public Optional<Instant> endedAt() {
    return Optional.ofNullable(endedAt);
  }

  public Optional<String> endedBy() {
    return Optional.ofNullable(endedBy);
  }

  public Optional<EndReason> endReason() {
    return Optional.ofNullable(endReason);
  }
}
