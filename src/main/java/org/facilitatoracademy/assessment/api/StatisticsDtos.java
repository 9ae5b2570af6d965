package org.facilitatoracademy.assessment.api;

import java.util.List;
import org.facilitatoracademy.assessment.application.AreaView;
import org.facilitatoracademy.assessment.application.ChoiceStatistic;
import org.facilitatoracademy.assessment.application.ItemView;
import org.facilitatoracademy.assessment.application.QuizStatistics;
import org.facilitatoracademy.assessment.application.RegradeReport;
import org.facilitatoracademy.assessment.domain.FlagThresholds;
import org.facilitatoracademy.assessment.domain.ItemFlag;

/** JSON shapes of item analysis and regrade reports. */
public final class StatisticsDtos {

  private StatisticsDtos() {}

  /** How often one answer was given: see ChoiceStatistic. */
  public record OptionDto(String key, String text, String placedAs, boolean correct, long count) {
    static OptionDto of(ChoiceStatistic c) {
      return new OptionDto(c.key(), c.text(), c.placedAs().orElse(null), c.correct(), c.count());
    }
  }

  /**
   * One item: {@code facility} is the mean fraction (0–1); {@code discrimination} the corrected
   * item–total correlation (−1–1), absent while the item or the rest never varied.
   */
  public record ItemDto(
      String questionId,
      String text,
      String type,
      String area,
      long attempts,
      long answered,
      double facility,
      Double discrimination,
      List<String> flags,
      List<OptionDto> options) {

    static ItemDto of(ItemView i) {
      return new ItemDto(
          i.questionId(),
          i.text(),
          i.type().authoredName(),
          i.area(),
          i.attempts(),
          i.answered(),
          i.facility(),
          i.discrimination().orElse(null),
          i.flags().stream().sorted().map(ItemFlag::name).toList(),
          i.options().stream().map(OptionDto::of).toList());
    }
  }

  /** One area tag: its items taken together. */
  public record AreaDto(
      String area,
      long items,
      long attempts,
      double facility,
      Double meanDiscrimination,
      long flaggedItems) {

    static AreaDto of(AreaView a) {
      return new AreaDto(
          a.area(),
          a.items(),
          a.attempts(),
          a.facility(),
          a.meanDiscrimination().orElse(null),
          a.flaggedItems());
    }
  }

  /** When items are flagged. */
  public record ThresholdsDto(
      double tooEasyAbove, double tooHardBelow, double lowDiscriminationBelow, long minResponses) {
    static ThresholdsDto of(FlagThresholds t) {
      return new ThresholdsDto(
          t.tooEasyAbove(), t.tooHardBelow(), t.lowDiscriminationBelow(), t.minResponses());
    }
  }

  /** Item analysis of a quiz. */
  public record StatisticsDto(
      String quizId,
      String title,
      String contentVersion,
      long attempts,
      long passed,
      double meanScore,
      double sdScore,
      String discriminationIndex,
      ThresholdsDto thresholds,
      List<ItemDto> items,
      List<AreaDto> areas) {

    static StatisticsDto of(QuizStatistics s) {
      return new StatisticsDto(
          s.quizId(),
          s.title(),
          s.contentVersion(),
          s.attempts(),
          s.passed(),
          s.meanScore(),
          s.sdScore(),
          "corrected item-total correlation: Pearson correlation of the item's fraction with the"
              + " attempt's score on its other items",
          ThresholdsDto.of(s.thresholds()),
          s.items().stream().map(ItemDto::of).toList(),
          s.areas().stream().map(AreaDto::of).toList());
    }
  }

  /** One attempt whose pass or fail a regrade turned around. */
  public record OutcomeChangeDto(
      String attemptId,
      String courseId,
      String displayName,
      double scoreBefore,
      boolean passedBefore,
      double scoreAfter,
      boolean passedAfter) {}

  /** What a regrade changed. */
  public record RegradeDto(
      String quizId,
      String contentVersion,
      int attemptsExamined,
      int attemptsRegraded,
      List<String> questionsRegraded,
      List<OutcomeChangeDto> outcomeChanges,
      int outcomeChangesElsewhere) {

    static RegradeDto of(RegradeReport r) {
      return new RegradeDto(
          r.quizId(),
          r.contentVersion(),
          r.attemptsExamined(),
          r.attemptsRegraded(),
          r.questionsRegraded(),
          r.outcomeChanges().stream()
              .map(
                  c ->
                      new OutcomeChangeDto(
                          c.attemptId(),
                          c.courseId(),
                          c.displayName().orElse(null),
                          c.scoreBefore(),
                          c.passedBefore(),
                          c.scoreAfter(),
                          c.passedAfter()))
              .toList(),
          r.outcomeChangesElsewhere());
    }
  }
}
