package org.facilitatoracademy.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A quiz passed within this enrollment: the first pass is what counts for progress. */
@Entity
@Table(name = "quiz_pass")
public class QuizPass {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quiz_pass_seq")
  @SequenceGenerator(name = "quiz_pass_seq", sequenceName = "quiz_pass_seq", allocationSize = 1)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "enrollment_id", nullable = false, updatable = false)
  private Enrollment enrollment;

  @Column(name = "quiz_id", nullable = false, updatable = false)
  private String quizId;

  @Column(name = "content_version", nullable = false, updatable = false)
  private String contentVersion;

  @Column(name = "score_percent", nullable = false, updatable = false)
  private int scorePercent;

  @Column(name = "passed_at", nullable = false, updatable = false)
  private Instant passedAt;

  protected QuizPass() {}

  QuizPass(
      Enrollment enrollment,
      String quizId,
      String contentVersion,
      int scorePercent,
      Instant passedAt) {
    this.enrollment = enrollment;
    this.quizId = quizId;
    this.contentVersion = contentVersion;
    this.scorePercent = scorePercent;
    this.passedAt = passedAt;
  }

  public String quizId() {
    return quizId;
  }

  public String contentVersion() {
    return contentVersion;
  }

  public int scorePercent() {
    return scorePercent;
  }

  public Instant passedAt() {
    return passedAt;
  }
}
