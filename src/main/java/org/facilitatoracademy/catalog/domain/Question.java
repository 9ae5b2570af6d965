package org.facilitatoracademy.catalog.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One quiz question. Which of {@code options}, {@code answer}, {@code items} and {@code pairs} is
 * filled depends on the {@link QuestionType}; the others are empty. {@code area} and {@code
 * objective} feed item analysis and coverage.
 */
public record Question(
    String id,
    QuestionType type,
    Optional<String> area,
    Optional<String> objective,
    boolean scenario,
    int points,
    String text,
    List<Option> options,
    Optional<Boolean> answer,
    List<OrderItem> items,
    List<MatchPair> pairs,
    String explanation) {

  public static final int DEFAULT_POINTS = 1;

  public Question {
    Objects.requireNonNull(id);
    Objects.requireNonNull(type);
    Objects.requireNonNull(area);
    Objects.requireNonNull(objective);
    Objects.requireNonNull(text);
    options = List.copyOf(options);
    Objects.requireNonNull(answer);
    items = List.copyOf(items);
    pairs = List.copyOf(pairs);
    Objects.requireNonNull(explanation);
    if (points <= 0) {
      throw new IllegalArgumentException("A question is worth more than 0 points");
    }
  }
}
