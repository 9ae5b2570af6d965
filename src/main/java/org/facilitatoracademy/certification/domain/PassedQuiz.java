package org.facilitatoracademy.certification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Evidence certification keeps of a passed quiz, as grading announced it: with its score, the
 * content version it was drawn from and when. It is what a coordinator sees as quiz results, what a
 * certificate names as the exam version it was earned on, and how renewal tells whether the
 * refresher was passed during the current validity period.
 */
@Entity
@Table(name = "certification_passed_quiz")
public class PassedQuiz {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "certification_passed_quiz_seq")
  @SequenceGenerator(
      name = "certification_passed_quiz_seq",
      sequenceName = "certification_passed_quiz_seq",
      allocationSize = 1)
  private Long id;

  @Column(name = "account_id", nullable = false, updatable = false)
  private String accountId;

  @Column(name = "course_id", nullable = false, updatable = false)
  private String courseId;

  @Column(name = "quiz_id", nullable = false, updatable = false)
  private String quizId;

  @Column(name = "content_version", nullable = false, updatable = false)
  private String contentVersion;

  @Column(name = "score_percent", nullable = false, updatable = false)
  private int scorePercent;

  @Column(name = "passed_at", nullable = false, updatable = false)
  private Instant passedAt;

  protected PassedQuiz() {}

  public PassedQuiz(
      String accountId,
      String courseId,
      String quizId,
      String contentVersion,
      int scorePercent,
      Instant passedAt) {
    this.accountId = accountId;
    this.courseId = courseId;
    this.quizId = quizId;
    this.contentVersion = contentVersion;
    this.scorePercent = scorePercent;
    this.passedAt = passedAt;
  }

  public String accountId() {
    return accountId;
  }

  public String courseId() {
    return courseId;
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
