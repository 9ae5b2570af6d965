package org.facilitatoracademy.assessment.domain;

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
 * One entry of a slot's append-only history: the raw response as it stood, the state it left the
 * slot in, and, once graded, the fraction and mark. Steps are never changed or removed.
 */
@Entity
@Table(name = "slot_step")
public class SlotStep {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "slot_step_seq")
  @SequenceGenerator(name = "slot_step_seq", sequenceName = "slot_step_seq", allocationSize = 1)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "slot_id", nullable = false, updatable = false)
  private AttemptSlot slot;

  @Column(name = "sequence_number", nullable = false, updatable = false)
  private int sequenceNumber;

  @Enumerated(EnumType.STRING)
  @Column(name = "action", nullable = false, updatable = false)
  private StepAction action;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false, updatable = false)
  private SlotState state;

  @Column(name = "taken_at", nullable = false, updatable = false)
  private Instant takenAt;

  @Column(name = "response", updatable = false)
  private String response;

  @Column(name = "fraction", updatable = false)
  private Double fraction;

  @Column(name = "mark", updatable = false)
  private Double mark;

  @Column(name = "key_content_version", updatable = false)
  private String keyContentVersion;

  protected SlotStep() {}

  SlotStep(
      AttemptSlot slot,
      int sequenceNumber,
      StepAction action,
      SlotState state,
      Instant takenAt,
      String response,
      Double fraction,
      Double mark,
      String keyContentVersion) {
    this.slot = slot;
    this.sequenceNumber = sequenceNumber;
    this.action = action;
    this.state = state;
    this.takenAt = takenAt;
    this.response = response;
    this.fraction = fraction;
    this.mark = mark;
    this.keyContentVersion = keyContentVersion;
  }

  public int sequenceNumber() {
    return sequenceNumber;
  }

  public StepAction action() {
    return action;
  }

  public SlotState state() {
    return state;
  }

  public Instant takenAt() {
    return takenAt;
  }

  public Optional<String> response() {
    return Optional.ofNullable(response);
  }

  public Optional<Double> fraction() {
    return Optional.ofNullable(fraction);
  }

  public Optional<Double> mark() {
    return Optional.ofNullable(mark);
  }

  /** For grading steps: the content version whose key graded the response. */
  public Optional<String> keyContentVersion() {
    return Optional.ofNullable(keyContentVersion);
  }
}
