package org.facilitatoracademy.assessment.domain;

import java.util.List;
import java.util.Optional;
import org.facilitatoracademy.catalog.domain.QuestionType;

/**
 * Item analysis kept in the database as running totals, updated in the grading transaction, so that
 * figures for any number of attempts are a small read and never a scan of attempts.
 */
public interface ItemStatistics {

  /** Adds a newly graded attempt. Callers hold the attempt's row lock. */
  void add(String quizId, AttemptContribution graded);

  /** Replaces a regraded attempt's contribution; the responses, so the choice counts, stay. */
  void replace(String quizId, AttemptContribution before, AttemptContribution after);

  Optional<QuizFigures> quiz(String quizId);

  /** Per item, computed by the database from the totals. */
  List<ItemFigures> items(String quizId);

  /** Per area tag, computed by the database from the item totals. */
  List<AreaFigures> areas(String quizId);

  /** How often each choice key was given, per item. */
  List<ChoiceCount> choices(String quizId);

  /** Quiz-level figures: graded attempts, passes, mean and spread of grades. */
  record QuizFigures(long attempts, long passed, double meanPercent, double sdPercent) {}

  /**
   * @param facility mean fraction, 0 to 1
   * @param discrimination Pearson correlation of the item's fraction with the rest-of-attempt
   *     score; empty where either never varies
   */
  record ItemFigures(
      String questionId,
      String area,
      QuestionType type,
      long responses,
      long answered,
      double facility,
      Optional<Double> discrimination) {}

  record AreaFigures(
      String area,
      long items,
      long responses,
      double facility,
      Optional<Double> meanDiscrimination) {}

  record ChoiceCount(String questionId, String choiceKey, long count) {}
}
