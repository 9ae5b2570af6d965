package org.facilitatoracademy.assessment.domain;

import java.util.List;
import java.util.Objects;

/**
 * A question drawn for an attempt and the order its choices are shown in, fixed for the attempt so
 * that a resumed attempt looks the same. The order is stored as ids joined by commas; a match
 * question keeps its left and right sides apart with a bar.
 */
public record DrawnQuestion(QuestionVersion question, String displayOrder) {

  public DrawnQuestion {
    Objects.requireNonNull(question);
    Objects.requireNonNull(displayOrder);
  }

  public static DrawnQuestion shown(QuestionVersion question, List<String> order) {
    return new DrawnQuestion(question, String.join(",", order));
  }

  public static DrawnQuestion shownSides(
      QuestionVersion question, List<String> lefts, List<String> rights) {
    return new DrawnQuestion(question, String.join(",", lefts) + "|" + String.join(",", rights));
  }
}
