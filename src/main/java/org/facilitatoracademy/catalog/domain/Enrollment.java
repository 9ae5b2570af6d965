package org.facilitatoracademy.catalog.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A person studying one course. Progress belongs to the enrollment: a lesson completed in the
 * facilitator course is not thereby completed in the renewal refresher, even when both courses
 * share the module. A course that leads to no credential of its own can be taken again once
 * finished: each round is an enrollment with a fresh start, so the refresher can be passed anew in
 * every validity period, and earlier rounds remain as the record of what was done.
 */
@Entity
@Table(name = "enrollment")
public class Enrollment {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "enrollment_seq")
  @SequenceGenerator(name = "enrollment_seq", sequenceName = "enrollment_seq", allocationSize = 1)
  private Long id;

  @Column(name = "account_id", nullable = false, updatable = false)
  private String accountId;

  @Column(name = "course_id", nullable = false, updatable = false)
  private String courseId;

  @Column(name = "course_content_version", nullable = false, updatable = false)
  private String courseContentVersion;

  @Column(name = "round_number", nullable = false, updatable = false)
  private int round;

  @Column(name = "enrolled_at", nullable = false, updatable = false)
  private Instant enrolledAt;

  @Column(name = "last_activity_at", nullable = false)
  private Instant lastActivityAt;

  @Column(name = "last_lesson_id")
  private String lastLessonId;

  @OneToMany(mappedBy = "enrollment", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
  private List<LessonCompletion> completions = new ArrayList<>();

  @OneToMany(mappedBy = "enrollment", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
  private List<QuizPass> quizPasses = new ArrayList<>();

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Enrollment() {}

  public Enrollment(String accountId, String courseId, String courseContentVersion, Instant now) {
    this(accountId, courseId, courseContentVersion, now, 1);
  }

  private Enrollment(
      String accountId, String courseId, String courseContentVersion, Instant now, int round) {
    this.round = round;
    this.accountId = accountId;
    this.courseId = courseId;
    this.courseContentVersion = courseContentVersion;
    this.enrolledAt = now;
    this.lastActivityAt = now;
  }

  /**
   * Records a finished lesson once; doing it again changes nothing (a reader pressing the button
   * twice, or two tabs).
   */
  public boolean complete(String moduleId, String lessonId, String contentVersion, Instant now) {
    lastActivityAt = now;
    lastLessonId = lessonId;
    if (hasCompleted(lessonId)) {
      return false;
    }
    completions.add(new LessonCompletion(this, moduleId, lessonId, contentVersion, now));
    return true;
  }

  public void visit(String lessonId, Instant now) {
    lastActivityAt = now;
    lastLessonId = lessonId;
  }

  /** Records the first pass of a quiz in this course; later passes change nothing. */
  public boolean recordQuizPass(
      String quizId, String contentVersion, int scorePercent, Instant at) {
    if (hasPassed(quizId)) {
      return false;
    }
    quizPasses.add(new QuizPass(this, quizId, contentVersion, scorePercent, at));
    lastActivityAt = at;
    return true;
  }

  public boolean hasPassed(String quizId) {
    return quizPasses.stream().anyMatch(p -> p.quizId().equals(quizId));
  }

  public Set<String> passedQuizIds() {
    return quizPasses.stream().map(QuizPass::quizId).collect(Collectors.toSet());
  }

  public Optional<QuizPass> passOf(String quizId) {
    return quizPasses.stream().filter(p -> p.quizId().equals(quizId)).findFirst();
  }

  public boolean hasCompleted(String lessonId) {
    return completions.stream().anyMatch(c -> c.lessonId().equals(lessonId));
  }

  public Set<String> completedLessonIds() {
    return completions.stream().map(LessonCompletion::lessonId).collect(Collectors.toSet());
  }

  public List<LessonCompletion> completions() {
    return Collections.unmodifiableList(completions);
  }

  /**
   * Starts the course again from the beginning, against the content as it is now. Refused for a
   * course that leads to a credential (its progress is the evidence an application rests on) and
   * while this round is unfinished (nothing done in it is lost).
   */
  public Enrollment nextRound(Course course, CourseProgress progress, Instant now) {
    if (!course.id().equals(courseId)) {
      throw new IllegalArgumentException("Progress of another course");
    }
    if (!course.isRepeatable()) {
      throw new IllegalStateException("A course that leads to a credential is taken once");
    }
    if (!progress.finished()) {
      throw new IllegalStateException("The current round is not finished");
    }
    return new Enrollment(accountId, courseId, course.contentVersion(), now, round + 1);
  }

  public int round() {
    return round;
  }

  public Long id() {
    return id;
  }

  public String accountId() {
    return accountId;
  }

  public String courseId() {
    return courseId;
  }

  public String courseContentVersion() {
    return courseContentVersion;
  }

  public Instant enrolledAt() {
    return enrolledAt;
  }

  public Instant lastActivityAt() {
    return lastActivityAt;
  }

  public Optional<String> lastLessonId() {
    return Optional.ofNullable(lastLessonId);
  }
}
