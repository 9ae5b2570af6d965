package org.facilitatoracademy.assessment.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.facilitatoracademy.assessment.domain.AttemptContribution;
import org.facilitatoracademy.assessment.domain.ItemStatistics;
import org.facilitatoracademy.assessment.infrastructure.ItemRecount;
import org.facilitatoracademy.assessment.infrastructure.JdbcSql;
import org.facilitatoracademy.assessment.infrastructure.Sql;
import org.facilitatoracademy.assessment.infrastructure.SqlItemStatistics;
import org.facilitatoracademy.catalog.domain.ContentSnapshot;
import org.facilitatoracademy.catalog.domain.Quiz;
import org.facilitatoracademy.catalog.infrastructure.ContentLoader;

/**
 * How long item analysis takes with 100,000 graded attempts of the 40-item facilitator exam, on H2
 * and on PostgreSQL. Measures, with the application's own SQL:
 *
 * <ul>
 *   <li>reading the statistics (quiz, items, areas, answer counts) from the running totals, as the
 *       statistics page and API do;
 *   <li>the same item figures computed from the four million graded slots, which is what reading
 *       would cost without running totals (and which the totals must equal: checked);
 *   <li>what keeping the totals adds to grading one attempt.
 * </ul>
 *
 * <p>Run with {@code mvn -B -Pbenchmark process-test-classes}; {@code -Dbenchmark.attempts=N} and
 * {@code -Dbenchmark.databases=h2,postgresql} change the defaults. CI does not time it; {@link
 * ItemAnalysisBenchmarkTest} runs it small on every build so it keeps working.
 */
public final class ItemAnalysisBenchmark {

  private static final String QUIZ = "facilitator-exam";
  private static final String SAMPLE_QUIZ = "benchmark-grading-sample";

  private ItemAnalysisBenchmark() {}

  /** What one database measured, in milliseconds. */
  record Result(
      String database,
      int attempts,
      long slots,
      double generateSeconds,
      double readMedian,
      double readMax,
      double recountMedian,
      double gradingMedian,
      int flaggedItems) {}

  public static void main(String[] args) throws Exception {
    int attempts = Integer.getInteger("benchmark.attempts", 100_000);
    List<String> databases =
        Arrays.asList(System.getProperty("benchmark.databases", "h2,postgresql").split(","));
    Path workDir = Path.of(System.getProperty("benchmark.dir", "target/benchmark"));
    String report = measure(attempts, databases, workDir);
    System.out.println(report);
    Files.writeString(workDir.resolve("results.md"), report);
  }

  /**
   * Writes the attempts into each database, checks the running totals against the figures computed
   * from the slots (throwing when they differ) and returns the report.
   */
  static String measure(int attempts, List<String> databases, Path workDir) throws Exception {
    Files.createDirectories(workDir);
    ContentSnapshot content =
        new ContentLoader().load(Path.of("."), ContentSnapshot.empty()).snapshot();
    Quiz exam = content.getQuiz(QUIZ);
    List<Result> results = new ArrayList<>();
    for (String kind : databases) {
      try (BenchmarkDatabase db = BenchmarkDatabase.start(kind.strip(), workDir)) {
        results.add(run(db, exam, content, attempts));
      }
    }
    return report(exam, results);
  }

  private static Result run(BenchmarkDatabase db, Quiz exam, ContentSnapshot content, int attempts)
      throws Exception {
    log(db.name() + ": writing " + attempts + " graded attempts of " + exam.id());
    SyntheticAttempts generator = new SyntheticAttempts(exam, content);
    try (Connection c = db.dataSource().getConnection()) {
      c.setAutoCommit(false);
      long start = System.nanoTime();
      generator.storeQuiz(c);
      generator.write(c, attempts);
      generator.storeTotals(c);
      double generateSeconds = (System.nanoTime() - start) / 1e9;
      log(String.format(Locale.ROOT, "%s: written in %.0f s", db.name(), generateSeconds));
      c.setAutoCommit(true);

      JdbcSql sql = new JdbcSql(c);
      sql.update(
          "INSERT INTO quiz_statistics (quiz_id, attempts, passed, sum_percent,"
              + " sum_percent_sq) VALUES (?, 0, 0, 0, 0)",
          SAMPLE_QUIZ);
      Sql uncached = new Uncached(sql);
      SqlItemStatistics readStatistics = new SqlItemStatistics(uncached);
      double[] reads = time(25, 5, () -> readAll(readStatistics));
      double[] recounts = time(3, 0, () -> uncached.query(ItemRecount.SUMS, QUIZ).size());
      int flagged = checkTotalsAgainstRecount(readStatistics, uncached);
      log(db.name() + ": measured");
      SqlItemStatistics statistics = new SqlItemStatistics(sql);
      c.setAutoCommit(false);
      List<Double> grading = new ArrayList<>();
      for (AttemptContribution graded : generator.sample()) {
        long t0 = System.nanoTime();
        statistics.add(SAMPLE_QUIZ, graded);
        c.commit();
        grading.add((System.nanoTime() - t0) / 1e6);
      }
      long slots = (long) attempts * generator.questionsPerAttempt();
      return new Result(
          db.name(),
          attempts,
          slots,
          generateSeconds,
          median(Arrays.stream(reads).boxed().toList()),
          Arrays.stream(reads).max().orElse(0),
          median(Arrays.stream(recounts).boxed().toList()),
          median(grading),
          flagged);
    }
  }

  /** Everything the statistics page reads. */
  private static int readAll(ItemStatistics statistics) {
    return statistics.quiz(QUIZ).map(q -> 1).orElse(0)
        + statistics.items(QUIZ).size()
        + statistics.areas(QUIZ).size()
        + statistics.choices(QUIZ).size();
  }

  /** Runs warm-ups, then returns the timings of the measured runs in milliseconds. */
  private static double[] time(int runs, int warmUps, Supplier<Integer> work) {
    for (int i = 0; i < warmUps; i++) {
      work.get();
    }
    double[] ms = new double[runs];
    for (int i = 0; i < runs; i++) {
      long t0 = System.nanoTime();
      work.get();
      ms[i] = (System.nanoTime() - t0) / 1e6;
    }
    return ms;
  }

  /**
   * The totals must give the figures the graded slots give. Returns how many items the default
   * thresholds flag, to show the planted weak items are found.
   */
  private static int checkTotalsAgainstRecount(SqlItemStatistics statistics, Sql sql) {
    Map<String, ItemStatistics.ItemFigures> byId = new HashMap<>();
    statistics.items(QUIZ).forEach(i -> byId.put(i.questionId(), i));
    List<Object[]> recount = sql.query(ItemRecount.SUMS, QUIZ);
    if (recount.size() != byId.size()) {
      throw new IllegalStateException(
          "Totals have " + byId.size() + " items, the slots " + recount.size());
    }
    for (Object[] row : recount) {
      ItemStatistics.ItemFigures item = byId.get((String) row[0]);
      double n = ((Number) row[1]).doubleValue();
      double facility = ((Number) row[2]).doubleValue() / n;
      Double r =
          ItemRecount.correlation(
              n,
              ((Number) row[2]).doubleValue(),
              ((Number) row[3]).doubleValue(),
              ((Number) row[4]).doubleValue(),
              ((Number) row[5]).doubleValue(),
              ((Number) row[6]).doubleValue());
      boolean same =
          item.responses() == (long) n
              && Math.abs(item.facility() - facility) < 1e-9
              && (r == null
                  ? item.discrimination().isEmpty()
                  : Math.abs(item.discrimination().orElseThrow() - r) < 1e-6);
      if (!same) {
        throw new IllegalStateException("Totals and slots disagree on " + row[0]);
      }
    }
    return (int)
        statistics.items(QUIZ).stream()
            .filter(
                i ->
                    !org.facilitatoracademy.assessment.domain.FlagThresholds.DEFAULTS
                        .flags(i.responses(), i.facility(), i.discrimination(), 0)
                        .isEmpty())
            .count();
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static String report(Quiz exam, List<Result> results) {
    StringBuilder out =
        new StringBuilder()
            .append("Item analysis benchmark: ")
            .append(exam.id())
            .append(" (")
            .append(exam.questions().size())
            .append(" items in the bank, ")
            .append(exam.questionsPerAttempt())
            .append(" per attempt)\n\n")
            .append(
                "| Database | Graded attempts | Slots | Statistics read from running totals"
                    + " (median / max of 25) | Same figures computed from the slots (median of 3)"
                    + " | Running totals added to grading one attempt (median) | Writing the data |\n")
            .append("|---|---|---|---|---|---|---|\n");
    for (Result r : results) {
      out.append(
          String.format(
              Locale.ROOT,
              "| %s | %,d | %,d | %.1f ms / %.1f ms | %,.0f ms | %.1f ms | %.0f s |%n",
              r.database(),
              r.attempts(),
              r.slots(),
              r.readMedian(),
              r.readMax(),
              r.recountMedian(),
              r.gradingMedian(),
              r.generateSeconds()));
    }
    out.append("\nRunning totals equal the figures computed from the slots on every database.")
        .append(" Items flagged by the default thresholds:");
    results.forEach(
        r -> out.append(' ').append(r.database()).append(' ').append(r.flaggedItems()).append(';'));
    out.append('\n');
    return out.toString();
  }

  private static void log(String line) {
    System.out.println("[benchmark] " + line);
  }
}
