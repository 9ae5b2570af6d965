package org.facilitatoracademy.catalog.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of quiz question, each with its own shape of answer. */
public enum QuestionType {
  /** Exactly one correct option. */
  SINGLE,
  /** At least one correct and at least one incorrect option. */
  MULTIPLE,
  /** A statement that is true or false. */
  TRUEFALSE,
  /** Items to put in order; authored in the correct order. */
  ORDER,
  /** Left sides to pair with right sides. */
  MATCH;

  /** The name authors write in quiz files. */
  public String authoredName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<QuestionType> fromAuthoredName(String name) {
    return Arrays.stream(values()).filter(t -> t.authoredName().equals(name)).findFirst();
  }

  public boolean hasOptions() {
    return this == SINGLE || this == MULTIPLE;
  }
}
