package org.facilitatoracademy.assessment.application;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Item analysis as CSV, one row per item, for coordinators who work on items in a spreadsheet. Text
 * cells that a spreadsheet would run as a formula are prefixed with an apostrophe.
 */
public final class StatisticsCsv {

  private StatisticsCsv() {}

  public static String of(QuizStatistics s) {
    StringBuilder csv =
        new StringBuilder(
            "quiz_id,question_id,area,type,attempts,answered,facility,discrimination,flags,"
                + "question,answers\r\n");
    for (ItemView item : s.items()) {
      csv.append(
              String.join(
                  ",",
                  text(s.quizId()),
                  text(item.questionId()),
                  text(item.area()),
                  item.type().authoredName(),
                  Long.toString(item.attempts()),
                  Long.toString(item.answered()),
                  number(item.facility()),
                  item.discrimination().map(StatisticsCsv::number).orElse(""),
                  text(
                      ItemAnalysis.ordered(item.flags()).stream()
                          .map(Enum::name)
                          .collect(Collectors.joining(" "))),
                  text(item.text()),
                  text(answers(item.options()))))
          .append("\r\n");
    }
    return csv.toString();
  }

  private static String answers(List<ChoiceStatistic> options) {
    return options.stream()
        .map(
            o ->
                (o.correct() ? "*" : "")
                    + o.text()
                    + o.placedAs().map(p -> " -> " + p).orElse("")
                    + ": "
                    + o.count())
        .collect(Collectors.joining("; "));
  }

  private static String number(double value) {
    return String.format(Locale.ROOT, "%.4f", value);
  }

  static String text(String value) {
    String safe = value;
    if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0) {
      safe = "'" + safe;
    }
    if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
      safe = "\"" + safe.replace("\"", "\"\"") + "\"";
    }
    return safe;
  }
}
