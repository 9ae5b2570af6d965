package org.facilitatoracademy.catalog.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a person learns about a graded attempt. An exam's bank is reused attempt after attempt, so
 * telling which answers were right would hand the key to the next attempt (and to anyone the person
 * shows it to); a module quiz is for learning, and its feedback is the point.
 */
public enum ReviewPolicy {
  /** Per question: how right, the right answer and the explanation. */
  FULL,
  /** The result per area and the objectives met or to revisit; nothing per question. */
  AREAS;

  /** The default: module quizzes teach, exams keep their key. */
  public static ReviewPolicy defaultFor(boolean exam) {
    return exam ? AREAS : FULL;
  }

  /** The name authors write in a quiz file. */
  public String authoredName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<ReviewPolicy> fromAuthoredName(String name) {
    return Arrays.stream(values()).filter(p -> p.authoredName().equals(name)).findFirst();
  }
}
