package org.facilitatoracademy.assessment.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import org.facilitatoracademy.assessment.domain.AttemptContribution;
import org.facilitatoracademy.assessment.domain.Choice;
import org.facilitatoracademy.assessment.domain.ChoiceRole;
import org.facilitatoracademy.assessment.domain.DrawnQuestion;
import org.facilitatoracademy.assessment.domain.MatchResponse;
import org.facilitatoracademy.assessment.domain.MultipleResponse;
import org.facilitatoracademy.assessment.domain.OrderResponse;
import org.facilitatoracademy.assessment.domain.QuestionDraw;
import org.facilitatoracademy.assessment.domain.QuestionVersion;
import org.facilitatoracademy.assessment.domain.Response;
import org.facilitatoracademy.assessment.domain.SingleResponse;
import org.facilitatoracademy.assessment.domain.TrueFalseResponse;
import org.facilitatoracademy.catalog.domain.ContentSnapshot;
import org.facilitatoracademy.catalog.domain.CourseModule;
import org.facilitatoracademy.catalog.domain.Quiz;

/**
 * Graded attempts of the facilitator exam as the application would store them: each draws 40 of the
 * bank's questions with the application's stratified draw and grades its responses with the
 * application's graders. People answer by a simple item-response model (ability against item
 * difficulty), so facilities spread, discrimination is mostly positive, and a few items are made
 * weak on purpose: one that stronger people get wrong more often, one that tells nobody apart, and
 * single-choice items with a distractor nobody picks.
 *
 * <p>The running totals are added up while writing, with the same arithmetic as grading, and
 * written at the end; the benchmark then checks them against the figures computed from the slots.
 */
final class SyntheticAttempts {

  static final String COURSE = "facilitator";
  private static final int ATTEMPTS_PER_COMMIT = 500;
  private static final Instant START = Instant.parse("2026-01-05T09:00:00Z");

  private final Quiz quiz;
  private final List<QuestionVersion> bank;
  private final Map<String, Integer> index = new HashMap<>();
  private final Function<QuestionVersion, String> module;
  private final Random random = new Random(2026);
  private final QuestionDraw draw = new QuestionDraw(random);

  /** Per question: n, answered, Σx, Σx², Σy, Σy², Σxy. */
  private final Map<String, double[]> itemTotals = new TreeMap<>();

  private final Map<String, Map<String, Long>> choiceTotals = new TreeMap<>();
  private final double[] quizTotals = new double[4];
  private final List<AttemptContribution> sample = new ArrayList<>();

  SyntheticAttempts(Quiz quiz, ContentSnapshot content) {
    this.quiz = quiz;
    this.bank =
        quiz.questions().stream()
            .map(QuestionVersion::of)
            .sorted(Comparator.comparing(QuestionVersion::questionId))
            .toList();
    for (int i = 0; i < bank.size(); i++) {
      index.put(bank.get(i).questionId(), i);
    }
    List<CourseModule> modules = content.modulesOf(content.getCourse(COURSE));
    this.module =
        q ->
            modules.stream()
                .filter(m -> m.hasObjective(q.objective().orElse("")))
                .findFirst()
                .map(CourseModule::id)
                .orElse(q.area().orElse(""));
  }

  int questionsPerAttempt() {
    return quiz.questionsPerAttempt();
  }

  /** Graded attempts kept to replay through the grading-time SQL. */
  List<AttemptContribution> sample() {
    return sample;
  }

  void storeQuiz(Connection c) throws SQLException {
    try (PreparedStatement version =
            c.prepareStatement(
                "INSERT INTO quiz_version (id, quiz_id, content_version, title, pass_mark,"
                    + " stored_at) VALUES (1, ?, ?, ?, ?, ?)");
        PreparedStatement question =
            c.prepareStatement(
                "INSERT INTO question_version (id, quiz_version_id, bank_position, question_id,"
                    + " question_type, points, area, objective_id, scenario, question_text,"
                    + " explanation, true_false_answer) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement statistics =
            c.prepareStatement(
                "INSERT INTO quiz_statistics (quiz_id, attempts, passed, sum_percent,"
                    + " sum_percent_sq) VALUES (?, 0, 0, 0, 0)")) {
      version.setString(1, quiz.id());
      version.setString(2, quiz.contentVersion());
      version.setString(3, quiz.title());
      version.setInt(4, quiz.passMark());
      version.setTimestamp(5, Timestamp.from(START));
      version.executeUpdate();
      for (int i = 0; i < bank.size(); i++) {
        QuestionVersion q = bank.get(i);
        question.setLong(1, i + 1);
        question.setInt(2, i);
        question.setString(3, q.questionId());
        question.setString(4, q.type().name());
        question.setInt(5, q.points());
        question.setString(6, q.area().orElse(null));
        question.setString(7, q.objective().orElse(null));
        question.setBoolean(8, q.scenario());
        question.setString(9, q.text());
        question.setString(10, q.explanation());
        question.setObject(11, q.type().name().equals("TRUEFALSE") ? q.trueFalseAnswer() : null);
        question.addBatch();
      }
      question.executeBatch();
      statistics.setString(1, quiz.id());
      statistics.executeUpdate();
    }
    c.commit();
  }

  void write(Connection c, int attempts) throws SQLException {
    try (PreparedStatement attempt =
            c.prepareStatement(
                "INSERT INTO attempt (id, public_id, account_id, course_id, quiz_id,"
                    + " quiz_version_id, content_version, pass_mark, attempt_number, state,"
                    + " started_at, deadline, finished_at, finish_reason, marks, max_marks, percent,"
                    + " passed, grade_count, version)"
                    + " VALUES (?, ?, ?, ?, ?, 1, ?, ?, 1, 'FINISHED', ?, ?, ?, 'SUBMITTED', ?, ?, ?,"
                    + " ?, 1, 1)");
        PreparedStatement grade =
            c.prepareStatement(
                "INSERT INTO attempt_grade (id, attempt_id, sequence_number, reason, graded_at,"
                    + " key_content_version, marks, percent, passed)"
                    + " VALUES (?, ?, 1, 'GRADED', ?, ?, ?, ?, ?)");
        PreparedStatement slot =
            c.prepareStatement(
                "INSERT INTO attempt_slot (id, attempt_id, slot_number, question_version_id,"
                    + " key_version_id, display_order, response, state, fraction, mark, step_count)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 2)")) {
      long slotId = 0;
      for (int a = 1; a <= attempts; a++) {
        Graded graded = takeOne();
        Instant started = START.plus(Duration.ofSeconds(a * 30L));
        attempt.setLong(1, a);
        attempt.setString(2, new UUID(0, a).toString());
        attempt.setString(3, "benchmark-" + a);
        attempt.setString(4, COURSE);
        attempt.setString(5, quiz.id());
        attempt.setString(6, quiz.contentVersion());
        attempt.setInt(7, quiz.passMark());
        attempt.setTimestamp(8, Timestamp.from(started));
        attempt.setTimestamp(9, Timestamp.from(started.plus(Duration.ofMinutes(90))));
        attempt.setTimestamp(10, Timestamp.from(started.plus(Duration.ofMinutes(40))));
        attempt.setDouble(11, graded.marks);
        attempt.setInt(12, graded.maxMarks);
        attempt.setDouble(13, graded.percent());
        attempt.setBoolean(14, graded.passed());
        attempt.addBatch();
        grade.setLong(1, a);
        grade.setLong(2, a);
        grade.setTimestamp(3, Timestamp.from(started.plus(Duration.ofMinutes(40))));
        grade.setString(4, quiz.contentVersion());
        grade.setDouble(5, graded.marks);
        grade.setDouble(6, graded.percent());
        grade.setBoolean(7, graded.passed());
        grade.addBatch();
        for (int s = 0; s < graded.slots.size(); s++) {
          GradedSlot g = graded.slots.get(s);
          long questionRow = index.get(g.question.questionId()) + 1L;
          slot.setLong(1, ++slotId);
          slot.setLong(2, a);
          slot.setInt(3, s + 1);
          slot.setLong(4, questionRow);
          slot.setLong(5, questionRow);
          slot.setString(6, g.shown.displayOrder());
          slot.setString(7, g.response == null ? null : g.response.toRaw());
          slot.setString(8, g.state());
          slot.setDouble(9, g.fraction);
          slot.setDouble(10, g.fraction * g.question.points());
          slot.addBatch();
        }
        count(graded);
        if (a % ATTEMPTS_PER_COMMIT == 0 || a == attempts) {
          attempt.executeBatch();
          grade.executeBatch();
          slot.executeBatch();
          c.commit();
        }
      }
    }
  }

  /** Writes the running totals, as grading would have left them. */
  void storeTotals(Connection c) throws SQLException {
    try (PreparedStatement quizRow =
            c.prepareStatement(
                "UPDATE quiz_statistics SET attempts = ?, passed = ?, sum_percent = ?,"
                    + " sum_percent_sq = ? WHERE quiz_id = ?");
        PreparedStatement item =
            c.prepareStatement(
                "INSERT INTO item_statistics (quiz_id, question_id, area, question_type,"
                    + " responses, answered, sum_x, sum_xx, sum_y, sum_yy, sum_xy)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement choice =
            c.prepareStatement(
                "INSERT INTO choice_statistics (quiz_id, question_id, choice_key, chosen)"
                    + " VALUES (?, ?, ?, ?)")) {
      quizRow.setLong(1, (long) quizTotals[0]);
      quizRow.setLong(2, (long) quizTotals[1]);
      quizRow.setDouble(3, quizTotals[2]);
      quizRow.setDouble(4, quizTotals[3]);
      quizRow.setString(5, quiz.id());
      quizRow.executeUpdate();
      for (Map.Entry<String, double[]> e : itemTotals.entrySet()) {
        QuestionVersion q = bank.get(index.get(e.getKey()));
        double[] t = e.getValue();
        item.setString(1, quiz.id());
        item.setString(2, e.getKey());
        item.setString(3, q.area().orElse(""));
        item.setString(4, q.type().name());
        item.setLong(5, (long) t[0]);
        item.setLong(6, (long) t[1]);
        for (int i = 2; i < 7; i++) {
          item.setDouble(i + 5, t[i]);
        }
        item.addBatch();
      }
      item.executeBatch();
      for (Map.Entry<String, Map<String, Long>> e : choiceTotals.entrySet()) {
        for (Map.Entry<String, Long> k : e.getValue().entrySet()) {
          choice.setString(1, quiz.id());
          choice.setString(2, e.getKey());
          choice.setString(3, k.getKey());
          choice.setLong(4, k.getValue());
          choice.addBatch();
        }
      }
      choice.executeBatch();
    }
    c.commit();
  }

  // ---------------------------------------------------------------- one person, one attempt

  private record GradedSlot(
      QuestionVersion question, DrawnQuestion shown, Response response, double fraction) {
    String state() {
      if (response == null) {
        return "GAVE_UP";
      }
      return fraction >= 1 - 1e-9
          ? "GRADED_RIGHT"
          : fraction <= 1e-9 ? "GRADED_WRONG" : "GRADED_PARTIAL";
    }
  }

  private final class Graded {
    final List<GradedSlot> slots = new ArrayList<>();
    double marks;
    int maxMarks;

    double percent() {
      return marks * 100 / maxMarks;
    }

    boolean passed() {
      return percent() + 1e-9 >= quiz.passMark();
    }
  }

  private Graded takeOne() {
    double ability = random.nextGaussian();
    Graded graded = new Graded();
    List<QuestionVersion> questions =
        draw.draw(
            bank,
            quiz.questionsPerAttempt(),
            (int) Math.ceil(quiz.questionsPerAttempt() * 0.25),
            module);
    for (QuestionVersion q : questions) {
      int k = index.get(q.questionId());
      DrawnQuestion shown = draw.present(q);
      Response response = random.nextDouble() < 0.02 ? null : respond(q, k, ability);
      double fraction = response == null ? 0 : q.grader().fraction(q, response);
      graded.slots.add(new GradedSlot(q, shown, response, fraction));
      graded.marks += fraction * q.points();
      graded.maxMarks += q.points();
    }
    return graded;
  }

  /** Rasch-like: right with probability 1 / (1 + e^-(slope·ability − difficulty)). */
  private Response respond(QuestionVersion q, int k, double ability) {
    double difficulty = -2.2 + 3.0 * (k % 10) / 9.0;
    double slope = k % 29 == 7 ? -0.6 : k % 23 == 5 ? 0.02 : 1.3;
    boolean right = random.nextDouble() < 1 / (1 + Math.exp(-(slope * ability - difficulty)));
    Response key = q.grader().rightAnswer(q);
    if (right) {
      return key;
    }
    return switch (q.type()) {
      case SINGLE -> {
        List<Choice> wrong =
            q.choices(ChoiceRole.OPTION).stream().filter(o -> !o.correct()).toList();
        boolean deadDistractor = k % 5 == 0 && wrong.size() > 1;
        int pick = random.nextInt(deadDistractor ? wrong.size() - 1 : wrong.size());
        yield new SingleResponse(wrong.get(pick).id());
      }
      case MULTIPLE -> {
        List<String> ticked = new ArrayList<>(((MultipleResponse) key).optionIds());
        ticked.remove(random.nextInt(ticked.size()));
        List<Choice> wrong =
            q.choices(ChoiceRole.OPTION).stream().filter(o -> !o.correct()).toList();
        ticked.add(wrong.get(random.nextInt(wrong.size())).id());
        yield new MultipleResponse(ticked);
      }
      case TRUEFALSE -> new TrueFalseResponse(!q.trueFalseAnswer());
      case ORDER -> {
        List<String> order = new ArrayList<>(((OrderResponse) key).order());
        int i = random.nextInt(order.size() - 1);
        order.set(i, order.set(i + 1, order.get(i)));
        yield new OrderResponse(order);
      }
      case MATCH -> {
        Map<String, String> pairs = new LinkedHashMap<>(((MatchResponse) key).matches());
        List<String> lefts = new ArrayList<>(pairs.keySet());
        String a = lefts.get(0);
        String b = lefts.get(1 + random.nextInt(lefts.size() - 1));
        String side = pairs.get(a);
        pairs.put(a, pairs.get(b));
        pairs.put(b, side);
        yield new MatchResponse(pairs);
      }
    };
  }

  /** Adds a graded attempt to the totals, as grading does (see SqlItemStatistics). */
  private void count(Graded graded) {
    double p = graded.percent();
    quizTotals[0]++;
    quizTotals[1] += graded.passed() ? 1 : 0;
    quizTotals[2] += p;
    quizTotals[3] += p * p;
    List<AttemptContribution.Item> items = new ArrayList<>();
    for (GradedSlot g : graded.slots) {
      double mark = g.fraction * g.question.points();
      int otherPoints = graded.maxMarks - g.question.points();
      double x = g.fraction;
      double y = otherPoints == 0 ? 0 : (graded.marks - mark) / otherPoints;
      double[] t = itemTotals.computeIfAbsent(g.question.questionId(), id -> new double[7]);
      t[0]++;
      t[1] += g.response == null ? 0 : 1;
      t[2] += x;
      t[3] += x * x;
      t[4] += y;
      t[5] += y * y;
      t[6] += x * y;
      List<String> keys = g.response == null ? List.of() : g.response.choiceKeys();
      Map<String, Long> choices =
          choiceTotals.computeIfAbsent(g.question.questionId(), id -> new TreeMap<>());
      keys.stream().distinct().forEach(key -> choices.merge(key, 1L, Long::sum));
      items.add(
          new AttemptContribution.Item(
              g.question.questionId(),
              g.question.area().orElse(""),
              g.question.type(),
              g.response != null,
              x,
              y,
              keys));
    }
    if (sample.size() < 1_000) {
      sample.add(new AttemptContribution(p, graded.passed(), items));
    }
  }
}
