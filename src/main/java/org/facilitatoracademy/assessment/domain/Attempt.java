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
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.facilitatoracademy.platform.errors.BusinessException;

/**
 * One attempt of one person at one quiz within one course enrollment, with deferred feedback:
 * responses are saved as they are given and graded only when the attempt is submitted or its
 * deadline passes. The questions and the order of their choices are drawn once, at the start.
 */
@Entity
@Table(name = "attempt")
public class Attempt {

  private static final double EPSILON = 1e-9;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attempt_seq")
  @SequenceGenerator(name = "attempt_seq", sequenceName = "attempt_seq", allocationSize = 1)
  private Long id;

  @Column(name = "public_id", nullable = false, updatable = false)
  private String publicId;

  @Column(name = "account_id", nullable = false, updatable = false)
  private String accountId;

  @Column(name = "course_id", nullable = false, updatable = false)
  private String courseId;

  @Column(name = "quiz_id", nullable = false, updatable = false)
  private String quizId;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "quiz_version_id", nullable = false, updatable = false)
  private QuizVersion quizVersion;

  @Column(name = "content_version", nullable = false, updatable = false)
  private String contentVersion;

  @Column(name = "pass_mark", nullable = false, updatable = false)
  private int passMark;

  @Column(name = "attempt_number", nullable = false, updatable = false)
  private int number;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false)
  private AttemptState state;

  @Column(name = "started_at", nullable = false, updatable = false)
  private Instant startedAt;

  @Column(name = "deadline", updatable = false)
  private Instant deadline;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "finish_reason")
  private FinishReason finishReason;

  @Column(name = "marks")
  private Double marks;

  @Column(name = "max_marks", nullable = false, updatable = false)
  private int maxMarks;

  @Column(name = "percent")
  private Double percent;

  @Column(name = "passed")
  private Boolean passed;

  @Column(name = "grade_count", nullable = false)
  private int gradeCount;

  /**
   * The secret behind the ids this attempt shows for choices ({@link ChoiceIds}). Attempts started
   * before there were such ids get one when they are next read (see {@link #needsChoiceKey}).
   */
  @Column(name = "choice_key")
  private String choiceKey;

  @OneToMany(mappedBy = "attempt", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
  @OrderBy("number")
  private List<AttemptSlot> slots = new ArrayList<>();

  @OneToMany(mappedBy = "attempt", cascade = CascadeType.ALL, fetch = FetchType.LAZY)
  @OrderBy("sequenceNumber")
  private List<AttemptGrade> grades = new ArrayList<>();

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Attempt() {}

  private Attempt(
      String accountId,
      String courseId,
      QuizVersion quizVersion,
      int number,
      Instant now,
      Optional<Duration> timeLimit) {
    this.publicId = UUID.randomUUID().toString();
    this.accountId = accountId;
    this.courseId = courseId;
    this.quizId = quizVersion.quizId();
    this.quizVersion = quizVersion;
    this.contentVersion = quizVersion.contentVersion();
    this.passMark = quizVersion.passMark();
    this.number = number;
    this.state = AttemptState.IN_PROGRESS;
    this.startedAt = storable(now);
    this.deadline = timeLimit.map(startedAt::plus).orElse(null);
  }

  /**
   * @param number this attempt's number among the person's attempts at the quiz in this course
   * @param drawn the questions in slot order, with the order their choices are shown in
   */
  public static Attempt start(
      String accountId,
      String courseId,
      QuizVersion quizVersion,
      int number,
      List<DrawnQuestion> drawn,
      Instant now,
      Optional<Duration> timeLimit) {
    if (drawn.isEmpty()) {
      throw new IllegalArgumentException("An attempt needs at least one question");
    }
    Attempt attempt = new Attempt(accountId, courseId, quizVersion, number, now, timeLimit);
    for (int i = 0; i < drawn.size(); i++) {
      attempt.slots.add(new AttemptSlot(attempt, i + 1, drawn.get(i)));
      attempt.maxMarks += drawn.get(i).question().points();
    }
    attempt.issueChoiceKey();
    return attempt;
  }

  /**
   * Saves a response to one slot, given in the ids this attempt showed (stored in authored ids).
   * Refused once the attempt is finished or its deadline has passed; the service grades an overdue
   * attempt before refusing. Ids the attempt did not issue for that question are refused (400).
   */
  public void save(int slotNumber, Response given, Instant now) {
    requireOpen(now);
    AttemptSlot slot = requireSlot(slotNumber);
    slot.save(choiceIds().stored(slot.question(), given), now);
  }

  /** The ids this attempt shows for the choices of its questions. */
  public ChoiceIds choiceIds() {
    if (choiceKey == null) {
      throw new IllegalStateException("Attempt " + publicId + " has no choice key yet");
    }
    return new ChoiceIds(choiceKey);
  }

  /** Started before attempts had their own choice ids: it needs a key before it is shown. */
  public boolean needsChoiceKey() {
    return choiceKey == null;
  }

  /**
   * Gives an attempt started before there were choice ids its key. Its owner sees new ids from then
   * on; what was saved is in authored ids and stays valid.
   */
  public void issueChoiceKey() {
    if (choiceKey == null) {
      choiceKey = ChoiceIds.newKeyFor(slots.stream().map(AttemptSlot::question).toList());
    }
  }

  /** Refuses (409) once the attempt is finished or its deadline has passed. */
  public void requireOpen(Instant now) {
    if (state == AttemptState.FINISHED) {
      throw BusinessException.conflict(
          "attempt-finished", "This attempt has been submitted; responses can no longer change.");
    }
    if (isOverdue(now)) {
      throw BusinessException.conflict(
          "deadline-passed", "The time for this attempt is over; responses can no longer change.");
    }
  }

  /** The slot of that number, or 404. */
  public AttemptSlot requireSlot(int slotNumber) {
    return slot(slotNumber)
        .orElseThrow(
            () -> BusinessException.notFound("Question " + slotNumber + " of the attempt"));
  }

  /**
   * Grades every slot as it stands and closes the attempt. An overdue attempt counts as finished at
   * its deadline, with the responses saved until then (later ones were refused).
   */
  public void finish(Instant now) {
    if (state == AttemptState.FINISHED) {
      throw new IllegalStateException("Attempt " + publicId + " is already finished");
    }
    boolean overdue = isOverdue(now);
    finishReason = overdue ? FinishReason.DEADLINE : FinishReason.SUBMITTED;
    finishedAt = overdue ? deadline : storable(now);
    state = AttemptState.FINISHED;
    slots.forEach(s -> s.finish(now));
    recordGrade(GradeReason.GRADED, now, contentVersion);
  }

  /**
   * The outcome of one attempt's regrade: its grade before and after, and the questions whose grade
   * the correction changed.
   */
  public record Regraded(
      double percentBefore,
      boolean passedBefore,
      double percentAfter,
      boolean passedAfter,
      List<String> questionIds) {

    public boolean outcomeChanged() {
      return passedBefore != passedAfter;
    }
  }

  /**
   * Grades the saved responses again against corrected questions (by question id) of a newer
   * content version. Empty when no slot of this attempt is affected.
   */
  public Optional<Regraded> regrade(
      Map<String, QuestionVersion> corrected, String keyContentVersion, Instant now) {
    if (state != AttemptState.FINISHED) {
      return Optional.empty();
    }
    double percentBefore = percent;
    boolean passedBefore = passed;
    List<String> changed = new ArrayList<>();
    for (AttemptSlot slot : slots) {
      QuestionVersion correction = corrected.get(slot.question().questionId());
      if (correction != null && slot.regrade(correction, now)) {
        changed.add(slot.question().questionId());
      }
    }
    if (changed.isEmpty()) {
      return Optional.empty();
    }
    recordGrade(GradeReason.REGRADED, now, keyContentVersion);
    return Optional.of(new Regraded(percentBefore, passedBefore, percent, passed, changed));
  }

  private void recordGrade(GradeReason reason, Instant now, String keyContentVersion) {
    marks = slots.stream().mapToDouble(s -> s.mark().orElse(0.0)).sum();
    percent = maxMarks == 0 ? 0 : marks * 100 / maxMarks;
    passed = percent + EPSILON >= passMark;
    gradeCount++;
    grades.add(
        new AttemptGrade(this, gradeCount, reason, now, keyContentVersion, marks, percent, passed));
  }

  /**
   * Times as the database keeps them (microseconds), so an attempt reads the same before and after
   * it is stored: the deadline a client was given is the deadline the server enforces.
   */
  private static Instant storable(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MICROS);
  }

  /** Past its deadline and not yet finished: to be graded as it stood at the deadline. */
  public boolean isOverdue(Instant now) {
    return state == AttemptState.IN_PROGRESS && deadline != null && now.isAfter(deadline);
  }

  public boolean isFinished() {
    return state == AttemptState.FINISHED;
  }

  public Optional<AttemptSlot> slot(int number) {
    return slots.stream().filter(s -> s.number() == number).findFirst();
  }

  public boolean belongsTo(String account) {
    return accountId.equals(account);
  }

  public Long id() {
    return id;
  }

  public String publicId() {
    return publicId;
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

  public QuizVersion quizVersion() {
    return quizVersion;
  }

  /** The content version the questions were drawn from. */
  public String contentVersion() {
    return contentVersion;
  }

  public int passMark() {
    return passMark;
  }

  public int number() {
    return number;
  }

  public AttemptState state() {
    return state;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public Optional<Instant> deadline() {
    return Optional.ofNullable(deadline);
  }

  public Optional<Instant> finishedAt() {
    return Optional.ofNullable(finishedAt);
  }

  public Optional<FinishReason> finishReason() {
    return Optional.ofNullable(finishReason);
  }

  public Optional<Double> marks() {
    return Optional.ofNullable(marks);
  }

  public int maxMarks() {
    return maxMarks;
  }

  /** The grade in percent, once graded. */
  public Optional<Double> percent() {
    return Optional.ofNullable(percent);
  }

  public boolean passed() {
    return Boolean.TRUE.equals(passed);
  }

  public List<AttemptSlot> slots() {
    return Collections.unmodifiableList(slots);
  }

  public List<AttemptGrade> grades() {
    return Collections.unmodifiableList(grades);
  }
}
