package org.facilitatoracademy.assessment.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.facilitatoracademy.platform.errors.BusinessException;

/**
 * One numbered question of an attempt: which question version was drawn, the order its choices were
 * shown in, the latest response and grade, and the append-only history of steps behind them.
 */
@Entity
@Table(name = "attempt_slot")
public class AttemptSlot {

  private static final String SIDES = "|";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attempt_slot_seq")
  @SequenceGenerator(
      name = "attempt_slot_seq",
      sequenceName = "attempt_slot_seq",
      allocationSize = 1)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "attempt_id", nullable = false, updatable = false)
  private Attempt attempt;

  @Column(name = "slot_number", nullable = false, updatable = false)
  private int number;

  @ManyToOne(optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "question_version_id", nullable = false, updatable = false)
  private QuestionVersion question;

  /** The version whose key the current grade comes from: the asked one, or a correction. */
  @ManyToOne(fetch = FetchType.EAGER)
  @JoinColumn(name = "key_version_id")
  private QuestionVersion keyQuestion;

  @Column(name = "display_order", nullable = false, updatable = false)
  private String displayOrder;

  @Column(name = "response")
  private String response;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false)
  private SlotState state;

  @Column(name = "fraction")
  private Double fraction;

  @Column(name = "mark")
  private Double mark;

  @Column(name = "step_count", nullable = false)
  private int stepCount;

  @OneToMany(mappedBy = "slot", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
  @OrderBy("sequenceNumber")
  private List<SlotStep> steps = new ArrayList<>();

  protected AttemptSlot() {}

  AttemptSlot(Attempt attempt, int number, DrawnQuestion drawn) {
    this.attempt = attempt;
    this.number = number;
    this.question = drawn.question();
    this.displayOrder = drawn.displayOrder();
    this.state = SlotState.TODO;
  }

  /** Checks and stores a response; nothing is graded until the attempt is submitted. */
  void save(Response given, Instant at) {
    question.grader().check(question, given);
    response = given.toRaw();
    state = SlotState.COMPLETE;
    record(StepAction.SAVE, at, null);
  }

  /** Grades the response as it stands against the key of the question that was asked. */
  void finish(Instant at) {
    grade(question, at);
    record(StepAction.FINISH, at, question);
  }

  /**
   * Grades the saved response again against a corrected key. Returns false, changing nothing, when
   * the correction does not apply: another type, the same key, or choices the response names are
   * gone (their ids changed).
   */
  boolean regrade(QuestionVersion corrected, Instant at) {
    QuestionVersion current = keyQuestion();
    if (corrected.type() != question.type()
        || corrected.keyFingerprint().equals(current.keyFingerprint())) {
      return false;
    }
    Optional<Response> saved = response();
    if (saved.isPresent()) {
      try {
        corrected.grader().check(corrected, saved.get());
      } catch (BusinessException choicesChanged) {
        return false;
      }
    }
    grade(corrected, at);
    record(StepAction.REGRADE, at, corrected);
    return true;
  }

  private void grade(QuestionVersion key, Instant at) {
    Optional<Response> saved = response();
    double f = saved.map(r -> key.grader().fraction(key, r)).orElse(0.0);
    fraction = f;
    mark = f * question.points();
    state = saved.isPresent() ? SlotState.graded(f) : SlotState.GAVE_UP;
    keyQuestion = key;
  }

  private void record(StepAction action, Instant at, QuestionVersion key) {
    stepCount++;
    steps.add(
        new SlotStep(
            this,
            stepCount,
            action,
            state,
            at,
            response,
            fraction,
            mark,
            key == null || key.quizVersion() == null ? null : key.quizVersion().contentVersion()));
  }

  public int number() {
    return number;
  }

  public QuestionVersion question() {
    return question;
  }

  /** The question whose key grades this slot now. */
  public QuestionVersion keyQuestion() {
    return keyQuestion == null ? question : keyQuestion;
  }

  public Optional<Response> response() {
    return Optional.ofNullable(response).map(raw -> Response.fromRaw(question.type(), raw));
  }

  public Optional<String> rawResponse() {
    return Optional.ofNullable(response);
  }

  public SlotState state() {
    return state;
  }

  public Optional<Double> fraction() {
    return Optional.ofNullable(fraction);
  }

  public Optional<Double> mark() {
    return Optional.ofNullable(mark);
  }

  public List<SlotStep> steps() {
    return Collections.unmodifiableList(steps);
  }

  /** Option or item ids in the order they were shown. */
  public List<String> shownOrder() {
    return ids(displayOrder.contains(SIDES) ? "" : displayOrder);
  }

  /** Left sides of a match question in the order they were shown. */
  public List<String> shownLefts() {
    int bar = displayOrder.indexOf(SIDES);
    return bar < 0 ? List.of() : ids(displayOrder.substring(0, bar));
  }

  /** Right sides of a match question in the order they were shown. */
  public List<String> shownRights() {
    int bar = displayOrder.indexOf(SIDES);
    return bar < 0 ? List.of() : ids(displayOrder.substring(bar + 1));
  }

  private static List<String> ids(String joined) {
    return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
  }

  /** The right answer, from the key that grades this slot now. */
  public Response rightAnswer() {
    QuestionVersion key = keyQuestion();
    return key.grader().rightAnswer(key);
  }
}
