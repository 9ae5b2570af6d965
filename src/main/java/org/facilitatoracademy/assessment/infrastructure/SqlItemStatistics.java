package org.facilitatoracademy.assessment.infrastructure;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.facilitatoracademy.assessment.domain.AttemptContribution;
import org.facilitatoracademy.assessment.domain.ItemStatistics;
import org.facilitatoracademy.catalog.domain.QuestionType;

/**
 * Running totals of item analysis in plain SQL that H2 and PostgreSQL both run. Grading adds to the
 * totals with relative updates ({@code x = x + ?}); reading computes facility and the
 * discrimination index in the database from those sums, so its cost depends on the number of items,
 * not of attempts.
 *
 * <p>Every change starts with the quiz's row: its lock makes gradings of one quiz take turns, so
 * the first grading of an item can insert its row without racing another, and item rows are always
 * changed in the same order, so two quizzes' gradings never deadlock.
 */
public class SqlItemStatistics implements ItemStatistics {

  /** Below this, a variance is rounding noise: the item or the rest never varied. */
  private static final String NO_VARIANCE = "CAST(1E-12 AS DOUBLE PRECISION)";

  private static final String ITEM_FIGURES =
      "SELECT question_id, area, question_type, responses, answered,"
          + " CASE WHEN responses = 0 THEN 0 ELSE sum_x / responses END AS facility,"
          + " CASE WHEN responses * sum_xx - sum_x * sum_x <= "
          + NO_VARIANCE
          + " * responses * responses"
          + " OR responses * sum_yy - sum_y * sum_y <= "
          + NO_VARIANCE
          + " * responses * responses"
          + " THEN NULL"
          + " ELSE GREATEST(-1, LEAST(1, (responses * sum_xy - sum_x * sum_y)"
          + " / SQRT((responses * sum_xx - sum_x * sum_x) * (responses * sum_yy - sum_y * sum_y))))"
          + " END AS discrimination"
          + " FROM item_statistics WHERE quiz_id = ?";

  private final Sql sql;

  public SqlItemStatistics(Sql sql) {
    this.sql = sql;
  }

  @Override
  public void add(String quizId, AttemptContribution graded) {
    double p = graded.percent();
    int changed =
        sql.update(
            "UPDATE quiz_statistics SET attempts = attempts + 1, passed = passed + ?,"
                + " sum_percent = sum_percent + ?, sum_percent_sq = sum_percent_sq + ?"
                + " WHERE quiz_id = ?",
            graded.passed() ? 1 : 0,
            p,
            p * p,
            quizId);
    if (changed == 0) {
      sql.update(
          "INSERT INTO quiz_statistics (quiz_id, attempts, passed, sum_percent, sum_percent_sq)"
              + " VALUES (?, 1, ?, ?, ?)",
          quizId,
          graded.passed() ? 1 : 0,
          p,
          p * p);
    }
    for (AttemptContribution.Item item : inOrder(graded)) {
      addItem(quizId, item, 1);
      for (String key : item.choiceKeys().stream().sorted().distinct().toList()) {
        addChoice(quizId, item.questionId(), key);
      }
    }
  }

  @Override
  public void replace(String quizId, AttemptContribution before, AttemptContribution after) {
    double p0 = before.percent();
    double p1 = after.percent();
    sql.update(
        "UPDATE quiz_statistics SET passed = passed + ?,"
            + " sum_percent = sum_percent + ?, sum_percent_sq = sum_percent_sq + ?"
            + " WHERE quiz_id = ?",
        (after.passed() ? 1 : 0) - (before.passed() ? 1 : 0),
        p1 - p0,
        p1 * p1 - p0 * p0,
        quizId);
    for (AttemptContribution.Item item : inOrder(before)) {
      addItem(quizId, item, -1);
    }
    for (AttemptContribution.Item item : inOrder(after)) {
      addItem(quizId, item, 1);
    }
  }

  private static List<AttemptContribution.Item> inOrder(AttemptContribution contribution) {
    return contribution.items().stream()
        .sorted(Comparator.comparing(AttemptContribution.Item::questionId))
        .toList();
  }

  /** Adds one response (weight 1) or takes it away again (weight −1). */
  private void addItem(String quizId, AttemptContribution.Item item, int weight) {
    double x = item.fraction();
    double y = item.rest();
    int answered = item.answered() ? weight : 0;
    int changed =
        sql.update(
            "UPDATE item_statistics SET area = ?, question_type = ?,"
                + " responses = responses + ?, answered = answered + ?,"
                + " sum_x = sum_x + ?, sum_xx = sum_xx + ?, sum_y = sum_y + ?,"
                + " sum_yy = sum_yy + ?, sum_xy = sum_xy + ?"
                + " WHERE quiz_id = ? AND question_id = ?",
            item.area(),
            item.type().name(),
            weight,
            answered,
            weight * x,
            weight * x * x,
            weight * y,
            weight * y * y,
            weight * x * y,
            quizId,
            item.questionId());
    if (changed == 0) {
      sql.update(
          "INSERT INTO item_statistics (quiz_id, question_id, area, question_type, responses,"
              + " answered, sum_x, sum_xx, sum_y, sum_yy, sum_xy)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          quizId,
          item.questionId(),
          item.area(),
          item.type().name(),
          weight,
          answered,
          weight * x,
          weight * x * x,
          weight * y,
          weight * y * y,
          weight * x * y);
    }
  }

  private void addChoice(String quizId, String questionId, String key) {
    int changed =
        sql.update(
            "UPDATE choice_statistics SET chosen = chosen + 1"
                + " WHERE quiz_id = ? AND question_id = ? AND choice_key = ?",
            quizId,
            questionId,
            key);
    if (changed == 0) {
      sql.update(
          "INSERT INTO choice_statistics (quiz_id, question_id, choice_key, chosen)"
              + " VALUES (?, ?, ?, 1)",
          quizId,
          questionId,
          key);
    }
  }

  @Override
  public Optional<QuizFigures> quiz(String quizId) {
    return sql
        .query(
            "SELECT attempts, passed,"
                + " CASE WHEN attempts = 0 THEN 0 ELSE sum_percent / attempts END,"
                + " CASE WHEN attempts = 0 THEN 0 ELSE SQRT(GREATEST(0,"
                + " sum_percent_sq / attempts - (sum_percent / attempts) * (sum_percent / attempts)))"
                + " END"
                + " FROM quiz_statistics WHERE quiz_id = ?",
            quizId)
        .stream()
        .findFirst()
        .map(r -> new QuizFigures(asLong(r[0]), asLong(r[1]), asDouble(r[2]), asDouble(r[3])));
  }

  @Override
  public List<ItemFigures> items(String quizId) {
    return sql.query(ITEM_FIGURES + " ORDER BY question_id", quizId).stream()
        .map(
            r ->
                new ItemFigures(
                    (String) r[0],
                    (String) r[1],
                    QuestionType.valueOf((String) r[2]),
                    asLong(r[3]),
                    asLong(r[4]),
                    asDouble(r[5]),
                    Optional.ofNullable(r[6]).map(SqlItemStatistics::asDouble)))
        .toList();
  }

  @Override
  public List<AreaFigures> areas(String quizId) {
    return sql
        .query(
            "SELECT area, COUNT(*), SUM(responses),"
                + " CASE WHEN SUM(responses) = 0 THEN 0"
                + " ELSE SUM(facility * responses) / SUM(responses) END,"
                + " AVG(discrimination)"
                + " FROM ("
                + ITEM_FIGURES
                + ") figures GROUP BY area ORDER BY area",
            quizId)
        .stream()
        .map(
            r ->
                new AreaFigures(
                    (String) r[0],
                    asLong(r[1]),
                    asLong(r[2]),
                    asDouble(r[3]),
                    Optional.ofNullable(r[4]).map(SqlItemStatistics::asDouble)))
        .toList();
  }

  @Override
  public List<ChoiceCount> choices(String quizId) {
    return sql
        .query(
            "SELECT question_id, choice_key, chosen FROM choice_statistics WHERE quiz_id = ?"
                + " ORDER BY question_id, choice_key",
            quizId)
        .stream()
        .map(r -> new ChoiceCount((String) r[0], (String) r[1], asLong(r[2])))
        .toList();
  }

  private static long asLong(Object value) {
    return ((Number) value).longValue();
  }

  private static double asDouble(Object value) {
    return ((Number) value).doubleValue();
  }
}
