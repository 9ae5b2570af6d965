package org.facilitatoracademy.assessment.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.facilitatoracademy.assessment.domain.Attempt;
import org.facilitatoracademy.assessment.domain.AttemptSlot;
import org.facilitatoracademy.assessment.domain.ChoiceIds;
import org.facilitatoracademy.assessment.domain.FinishReason;
import org.facilitatoracademy.catalog.domain.ReviewPolicy;

/**
 * A graded attempt: its grade ({@code score}, a percentage rounded to two decimals), whether it
 * passed, the result per area and per objective, and, when the quiz's review policy is {@code
 * full}, feedback per question. Under {@code areas} the per-question list is empty, so nothing that
 * says which answer was right can leave the server.
 */
public record AttemptResult(
    double score,
    boolean passed,
    int passMark,
    double marks,
    int maxMarks,
    Optional<FinishReason> finishReason,
    ReviewPolicy review,
    List<AreaResult> areas,
    List<ObjectiveResult> objectives,
    List<SlotResult> questions) {

  private static final double EPSILON = 1e-9;

  static Optional<AttemptResult> of(Attempt attempt, ReviewTerms terms) {
    if (!attempt.isFinished()) {
      return Optional.empty();
    }
    ChoiceIds ids = attempt.choiceIds();
    return Optional.of(
        new AttemptResult(
            rounded(attempt.percent().orElseThrow()),
            attempt.passed(),
            attempt.passMark(),
            attempt.marks().orElseThrow(),
            attempt.maxMarks(),
            attempt.finishReason(),
            terms.policy(),
            areas(attempt),
            objectives(attempt, terms),
            terms.full()
                ? attempt.slots().stream().map(s -> SlotResult.of(s, ids)).toList()
                : List.of()));
  }

  /** Whether the result says, per question, how right it was and why. */
  public boolean perQuestion() {
    return review == ReviewPolicy.FULL;
  }

  /** Areas in the order their first question was asked; untagged questions count only in score. */
  private static List<AreaResult> areas(Attempt attempt) {
    Map<String, double[]> byArea = new LinkedHashMap<>();
    for (AttemptSlot slot : attempt.slots()) {
      slot.question().area().ifPresent(area -> add(byArea, area, slot));
    }
    List<AreaResult> areas = new ArrayList<>();
    byArea.forEach((area, sums) -> areas.add(new AreaResult(area, sums[0] / sums[1])));
    return areas;
  }

  private static List<ObjectiveResult> objectives(Attempt attempt, ReviewTerms terms) {
    Map<String, double[]> byObjective = new LinkedHashMap<>();
    for (AttemptSlot slot : attempt.slots()) {
      slot.question().objective().ifPresent(o -> add(byObjective, o, slot));
    }
    List<ObjectiveResult> objectives = new ArrayList<>();
    byObjective.forEach(
        (id, sums) ->
            objectives.add(
                new ObjectiveResult(
                    id,
                    terms.objectiveText(id),
                    sums[0] * 100 / sums[1] + EPSILON >= attempt.passMark())));
    return objectives;
  }

  /** Adds the slot's mark and points to the running sums of its group. */
  private static void add(Map<String, double[]> sums, String group, AttemptSlot slot) {
    double[] s = sums.computeIfAbsent(group, g -> new double[2]);
    s[0] += slot.mark().orElse(0.0);
    s[1] += slot.question().points();
  }

  static double rounded(double percent) {
    return Math.round(percent * 100) / 100.0;
  }
}
