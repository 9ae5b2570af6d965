package org.facilitatoracademy.assessment.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.facilitatoracademy.catalog.domain.Quiz;

/**
 * One content version of a quiz, copied from the content the first time an attempt is drawn from
 * it. Content files may change or disappear; what people were asked stays here.
 */
@Entity
@Table(name = "quiz_version")
public class QuizVersion {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quiz_version_seq")
  @SequenceGenerator(
      name = "quiz_version_seq",
      sequenceName = "quiz_version_seq",
      allocationSize = 1)
  private Long id;

  @Column(name = "quiz_id", nullable = false, updatable = false)
  private String quizId;

  @Column(name = "content_version", nullable = false, updatable = false)
  private String contentVersion;

  @Column(name = "title", nullable = false, updatable = false)
  private String title;

  @Column(name = "pass_mark", nullable = false, updatable = false)
  private int passMark;

  @Column(name = "stored_at", nullable = false, updatable = false)
  private Instant storedAt;

  @OneToMany(mappedBy = "quizVersion", cascade = CascadeType.ALL, fetch = FetchType.LAZY)
  @OrderBy("position")
  private List<QuestionVersion> questions = new ArrayList<>();

  protected QuizVersion() {}

  public QuizVersion(Quiz quiz, Instant now) {
    this.quizId = quiz.id();
    this.contentVersion = quiz.contentVersion();
    this.title = quiz.title();
    this.passMark = quiz.passMark();
    this.storedAt = now;
    for (int i = 0; i < quiz.questions().size(); i++) {
      questions.add(new QuestionVersion(this, i, quiz.questions().get(i)));
    }
  }

  public Long id() {
    return id;
  }

  public String quizId() {
    return quizId;
  }

  public String contentVersion() {
    return contentVersion;
  }

  public String title() {
    return title;
  }

  public int passMark() {
    return passMark;
  }

  public List<QuestionVersion> questions() {
    return Collections.unmodifiableList(questions);
  }

  public Optional<QuestionVersion> question(String questionId) {
    return questions.stream().filter(q -> q.questionId().equals(questionId)).findFirst();
  }
}
