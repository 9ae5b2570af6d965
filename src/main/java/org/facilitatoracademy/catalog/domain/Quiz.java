package org.facilitatoracademy.catalog.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A quiz: either a module's question bank or a course's exam, never both. {@code draw} is how many
 * questions one attempt takes from the bank; without it an attempt has every question. {@code
 * review} is what a person learns about a graded attempt.
 */
public record Quiz(
    String id,
    String title,
    Optional<String> moduleId,
    Optional<String> courseId,
    int passMark,
    int maxAttempts,
    Optional<Integer> lockDays,
    int minDaysBetweenAttempts,
    Optional<Integer> timeLimitMinutes,
    Optional<Integer> draw,
    List<Question> questions,
    String contentVersion,
    ReviewPolicy review) {

  public static final int DEFAULT_MAX_ATTEMPTS = 3;
  public static final int DEFAULT_MIN_DAYS_BETWEEN_ATTEMPTS = 0;

  public Quiz {
    Objects.requireNonNull(id);
    Objects.requireNonNull(title);
    if (moduleId.isPresent() == courseId.isPresent()) {
      throw new IllegalArgumentException("A quiz belongs to exactly one module or one course");
    }
    Objects.requireNonNull(lockDays);
    Objects.requireNonNull(timeLimitMinutes);
    Objects.requireNonNull(draw);
    questions = List.copyOf(questions);
    Objects.requireNonNull(contentVersion);
    Objects.requireNonNull(review);
  }

  /** A quiz with the default review policy of its kind ({@link ReviewPolicy#defaultFor}). */
  public Quiz(
      String id,
      String title,
      Optional<String> moduleId,
      Optional<String> courseId,
      int passMark,
      int maxAttempts,
      Optional<Integer> lockDays,
      int minDaysBetweenAttempts,
      Optional<Integer> timeLimitMinutes,
      Optional<Integer> draw,
      List<Question> questions,
      String contentVersion) {
    this(
        id,
        title,
        moduleId,
        courseId,
        passMark,
        maxAttempts,
        lockDays,
        minDaysBetweenAttempts,
        timeLimitMinutes,
        draw,
        questions,
        contentVersion,
        ReviewPolicy.defaultFor(courseId.isPresent()));
  }

  /** A course exam rather than a module's quiz. */
  public boolean isExam() {
    return courseId.isPresent();
  }

  /** How many questions one attempt has. */
  public int questionsPerAttempt() {
    return draw.orElse(questions.size());
  }
}
