package org.facilitatoracademy.assessment.infrastructure;

/**
 * Item figures computed from the graded attempts themselves rather than from running totals: what
 * the totals must always equal (checked in the container), and what reading statistics would cost
 * without them (measured by the benchmark).
 */
public final class ItemRecount {

  /** Per question of one quiz: n, Σx, Σx², Σy, Σy², Σxy over every graded slot. */
  public static final String SUMS =
      "SELECT qv.question_id, COUNT(*), SUM(x), SUM(x * x), SUM(y), SUM(y * y), SUM(x * y)"
          + " FROM (SELECT s.question_version_id AS qvid, COALESCE(s.fraction, 0) AS x,"
          + " CASE WHEN a.max_marks - q.points = 0 THEN 0"
          + " ELSE (a.marks - COALESCE(s.mark, 0)) / (a.max_marks - q.points) END AS y"
          + " FROM attempt_slot s JOIN attempt a ON a.id = s.attempt_id"
          + " JOIN question_version q ON q.id = s.question_version_id"
          + " WHERE a.quiz_id = ? AND a.state = 'FINISHED') graded"
          + " JOIN question_version qv ON qv.id = graded.qvid"
          + " GROUP BY qv.question_id ORDER BY qv.question_id";

  private ItemRecount() {}

  /** Pearson correlation from the sums, as the statistics query computes it. */
  public static Double correlation(
      double n, double sx, double sxx, double sy, double syy, double sxy) {
    double vx = n * sxx - sx * sx;
    double vy = n * syy - sy * sy;
    if (vx <= 1e-12 * n * n || vy <= 1e-12 * n * n) {
      return null;
    }
    return Math.max(-1, Math.min(1, (n * sxy - sx * sy) / Math.sqrt(vx * vy)));
  }
}
