package org.facilitatoracademy.assessment.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.facilitatoracademy.catalog.domain.MatchPair;
import org.facilitatoracademy.catalog.domain.Option;
import org.facilitatoracademy.catalog.domain.OrderItem;
import org.facilitatoracademy.catalog.domain.Question;
import org.facilitatoracademy.catalog.domain.QuestionType;

/**
 * A question as one version of its quiz had it: text, points, choices and key. Attempts point at
 * the version they were drawn from, so a corrected or reworded file never changes what someone was
 * asked; a regrade grades the same responses against a newer version's key.
 */
@Entity
@Table(name = "question_version")
public class QuestionVersion {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "question_version_seq")
  @SequenceGenerator(
      name = "question_version_seq",
      sequenceName = "question_version_seq",
      allocationSize = 1)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "quiz_version_id", nullable = false, updatable = false)
  private QuizVersion quizVersion;

  @Column(name = "bank_position", nullable = false, updatable = false)
  private int position;

  @Column(name = "question_id", nullable = false, updatable = false)
  private String questionId;

  @Enumerated(EnumType.STRING)
  @Column(name = "question_type", nullable = false, updatable = false)
  private QuestionType type;

  @Column(name = "points", nullable = false, updatable = false)
  private int points;

  @Column(name = "area", updatable = false)
  private String area;

  @Column(name = "objective_id", updatable = false)
  private String objective;

  @Column(name = "scenario", nullable = false, updatable = false)
  private boolean scenario;

  @Column(name = "question_text", nullable = false, updatable = false)
  private String text;

  @Column(name = "explanation", nullable = false, updatable = false)
  private String explanation;

  @Column(name = "true_false_answer", updatable = false)
  private Boolean trueFalseAnswer;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "question_choice",
      joinColumns = @JoinColumn(name = "question_version_id", nullable = false))
  @OrderColumn(name = "position")
  private List<Choice> choices = new ArrayList<>();

  protected QuestionVersion() {}

  QuestionVersion(QuizVersion quizVersion, int position, Question question) {
    this.quizVersion = quizVersion;
    this.position = position;
    this.questionId = question.id();
    this.type = question.type();
    this.points = question.points();
    this.area = question.area().orElse(null);
    this.objective = question.objective().orElse(null);
    this.scenario = question.scenario();
    this.text = question.text();
    this.explanation = question.explanation();
    this.trueFalseAnswer = question.answer().orElse(null);
    for (Option o : question.options()) {
      choices.add(Choice.option(o.id(), o.text(), o.correct()));
    }
    for (OrderItem item : question.items()) {
      choices.add(Choice.item(item.id(), item.text()));
    }
    for (MatchPair pair : question.pairs()) {
      choices.add(Choice.left(pair.left().id(), pair.left().text(), pair.right().id()));
    }
    for (MatchPair pair : question.pairs()) {
      choices.add(Choice.right(pair.right().id(), pair.right().text()));
    }
  }

  /** A question on its own, for tests and tools that need no quiz around it. */
  public static QuestionVersion of(Question question) {
    return new QuestionVersion(null, 0, question);
  }

  public Long id() {
    return id;
  }

  public QuizVersion quizVersion() {
    return quizVersion;
  }

  public String questionId() {
    return questionId;
  }

  public QuestionType type() {
    return type;
  }

  public int points() {
    return points;
  }

  public Optional<String> area() {
    return Optional.ofNullable(area);
  }

  public Optional<String> objective() {
    return Optional.ofNullable(objective);
  }

  public boolean scenario() {
    return scenario;
  }

  public String text() {
    return text;
  }

  public String explanation() {
    return explanation;
  }

  /** For true/false statements: whether the statement is true. */
  public boolean trueFalseAnswer() {
    return Boolean.TRUE.equals(trueFalseAnswer);
  }

  public List<Choice> choices(ChoiceRole role) {
    return choices.stream().filter(c -> c.role() == role).toList();
  }

  public Optional<Choice> choice(ChoiceRole role, String choiceId) {
    return choices.stream().filter(c -> c.role() == role && c.id().equals(choiceId)).findFirst();
  }

  public QuestionGrader grader() {
    return QuestionGrader.of(type);
  }

  /**
   * The key in a comparable form. Two versions of a question with equal fingerprints grade every
   * response alike, so only questions whose fingerprint changed need regrading.
   */
  public String keyFingerprint() {
    return switch (type) {
      case SINGLE, MULTIPLE ->
          choices(ChoiceRole.OPTION).stream()
              .filter(Choice::correct)
              .map(Choice::id)
              .sorted()
              .collect(Collectors.joining(","));
      case TRUEFALSE -> Boolean.toString(trueFalseAnswer());
      case ORDER ->
          choices(ChoiceRole.ITEM).stream().map(Choice::id).collect(Collectors.joining(","));
      case MATCH ->
          choices(ChoiceRole.LEFT).stream()
              .map(c -> c.id() + ">" + c.partnerId())
              .sorted()
              .collect(Collectors.joining(","));
    };
  }

  /** The text of an option, item or side, for feedback and statistics. */
  public String textOf(String choiceId) {
    return choices.stream()
        .filter(c -> c.id().equals(choiceId))
        .map(Choice::text)
        .findFirst()
        .orElse(choiceId);
  }
}
