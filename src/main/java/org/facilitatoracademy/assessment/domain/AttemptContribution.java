package org.facilitatoracademy.assessment.domain;

import java.util.List;
import org.facilitatoracademy.catalog.domain.QuestionType;

/**
 * What one graded attempt adds to the running totals of item analysis. For each item: its fraction
 * and the attempt's score on the rest of its items (as a fraction of their points), whose
 * correlation across attempts is the discrimination index.
 */
public record AttemptContribution(double percent, boolean passed, List<Item> items) {

  public AttemptContribution {
    items = List.copyOf(items);
  }

  /** One slot's part. {@code choiceKeys} are what item analysis counts (see Response). */
  public record Item(
      String questionId,
      String area,
      QuestionType type,
      boolean answered,
      double fraction,
      double rest,
      List<String> choiceKeys) {

    public Item {
      choiceKeys = List.copyOf(choiceKeys);
    }
  }

  public static AttemptContribution of(Attempt attempt) {
    double marks = attempt.marks().orElseThrow();
    List<Item> items =
        attempt.slots().stream()
            .map(
                slot -> {
                  QuestionVersion q = slot.question();
                  double mark = slot.mark().orElse(0.0);
                  int otherPoints = attempt.maxMarks() - q.points();
                  double rest = otherPoints == 0 ? 0 : (marks - mark) / otherPoints;
                  return new Item(
                      q.questionId(),
                      slot.keyQuestion().area().orElse(""),
                      q.type(),
                      slot.state().isAnswered(),
                      slot.fraction().orElse(0.0),
                      rest,
                      slot.response().map(Response::choiceKeys).orElse(List.of()));
                })
            .toList();
    return new AttemptContribution(attempt.percent().orElseThrow(), attempt.passed(), items);
  }
}
