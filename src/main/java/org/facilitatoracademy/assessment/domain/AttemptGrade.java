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

/**
 * One grade an attempt received. The first comes at submission; a regrade adds another, so the old
 * and the new marks both stay on record.
 */
@Entity
@Table(name = "attempt_grade")
public class AttemptGrade {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attempt_grade_seq")
  @SequenceGenerator(
      name = "attempt_grade_seq",
      sequenceName = "attempt_grade_seq",
      allocationSize = 1)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "attempt_id", nullable = false, updatable = false)
  private Attempt attempt;

  @Column(name = "sequence_number", nullable = false, updatable = false)
  private int sequenceNumber;

  @Enumerated(EnumType.STRING)
  @Column(name = "reason", nullable = false, updatable = false)
  private GradeReason reason;

  @Column(name = "graded_at", nullable = false, updatable = false)
  private Instant gradedAt;

  @Column(name = "key_content_version", nullable = false, updatable = false)
  private String keyContentVersion;

  @Column(name = "marks", nullable = false, updatable = false)
  private double marks;

  @Column(name = "percent", nullable = false, updatable = false)
  private double percent;

  @Column(name = "passed", nullable = false, updatable = false)
  private boolean passed;

  protected AttemptGrade() {}

  AttemptGrade(
      Attempt attempt,
      int sequenceNumber,
      GradeReason reason,
      Instant gradedAt,
      String keyContentVersion,
      double marks,
      double percent,
      boolean passed) {
    this.attempt = attempt;
    this.sequenceNumber = sequenceNumber;
    this.reason = reason;
    this.gradedAt = gradedAt;
    this.keyContentVersion = keyContentVersion;
    this.marks = marks;
    this.percent = percent;
    this.passed = passed;
  }

  public int sequenceNumber() {
    return sequenceNumber;
  }

  public GradeReason reason() {
    return reason;
  }

  public Instant gradedAt() {
    return gradedAt;
  }

  public String keyContentVersion() {
    return keyContentVersion;
  }

  public double marks() {
    return marks;
  }

  public double percent() {
    return percent;
  }

  public boolean passed() {
    return passed;
  }
}
