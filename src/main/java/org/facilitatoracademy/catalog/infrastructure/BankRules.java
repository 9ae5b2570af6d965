package org.facilitatoracademy.catalog.infrastructure;

import java.util.List;
import java.util.Map;
import org.facilitatoracademy.catalog.domain.BankFigures;

/**
 * Tells the author of a quiz file where its bank breaks an item-writing rule of {@link
 * BankFigures}: each message names the questions to change, on the line of the first of them.
 */
final class BankRules {

  private final BankFigures bank;
  private final Map<String, Integer> lines;
  private final YamlMap quiz;
  private final FileCheck check;

  private BankRules(BankFigures bank, Map<String, Integer> lines, YamlMap quiz, FileCheck check) {
    this.bank = bank;
    this.lines = lines;
    this.quiz = quiz;
    this.check = check;
  }

  /**
   * @param lines the line of each question, by id
   */
  static void check(BankFigures bank, Map<String, Integer> lines, YamlMap quiz, FileCheck check) {
    BankRules rules = new BankRules(bank, lines, quiz, check);
    rules.longestKeys();
    rules.trueFalseBalance();
    rules.sameTexts();
    rules.bankSize();
    rules.scenarios();
  }

  private void longestKeys() {
    if (!bank.tooManyLongestKeys()) {
      return;
    }
    List<String> cued = bank.longestKeyIds();
    int singles = bank.singles().size();
    int allowed = BankFigures.MAX_LONGEST_KEY_PERCENT * singles / 100;
    at(
        cued.get(0),
        String.format(
            "%d of %d single-choice questions (%d %%) have a correct option that is strictly the"
                + " longest: %s. At most %d %% may (here %d), or someone who always picks the"
                + " longest option passes without knowing the answers; shorten the key or lengthen"
                + " a distractor in %d of them.",
            cued.size(),
            singles,
            BankFigures.percent(cued.size(), singles),
            names(cued),
            BankFigures.MAX_LONGEST_KEY_PERCENT,
            allowed,
            cued.size() - allowed));
  }

  private void trueFalseBalance() {
    if (!bank.trueFalseUnbalanced()) {
      return;
    }
    List<String> trues = bank.trueIds();
    List<String> falses = bank.falseIds();
    int n = bank.trueFalse().size();
    boolean mostlyTrue = trues.size() > falses.size();
    List<String> majority = mostlyTrue ? trues : falses;
    at(
        majority.get(0),
        String.format(
            "%d of %d true/false answers are true (%d %%); keep between %d %% and %d %% true, or"
                + " someone who always answers '%s' passes. The %s ones: %s; turn some of them"
                + " into %s statements.",
            trues.size(),
            n,
            BankFigures.percent(trues.size(), n),
            BankFigures.MIN_TRUE_PERCENT,
            BankFigures.MAX_TRUE_PERCENT,
            mostlyTrue,
            mostlyTrue,
            names(majority),
            !mostlyTrue));
  }

  private void sameTexts() {
    for (List<String> ids : bank.sameTexts()) {
      at(
          ids.get(1),
          String.format(
              "The questions %s have the same text; ask each thing once (reword or remove one),"
                  + " or an attempt may draw the same question twice.",
              String.join(
                  ", ",
                  ids.stream().map(id -> "'" + id + "' (line " + lines.get(id) + ")").toList())));
    }
  }

  private void bankSize() {
    if (!bank.tooSmall()) {
      return;
    }
    int required = bank.requiredItems().orElseThrow();
    int draw = bank.draw().orElseThrow();
    quiz.problem(
        "draw",
        String.format(
            "The bank holds %d questions for a draw of %d; %s holds at least %d times its draw"
                + " (%d), so that attempts differ and a retake is not the same quiz again. Add %s,"
                + " or lower 'draw'.",
            bank.items(),
            draw,
            bank.exam() ? "a course exam" : "a module quiz",
            bank.exam() ? BankFigures.EXAM_BANK_FACTOR : BankFigures.MODULE_BANK_FACTOR,
            required,
            count(required - bank.items(), "question")));
  }

  private void scenarios() {
    if (!bank.tooFewScenarios()) {
      return;
    }
    List<String> scenarios = bank.scenarioIds();
    int needed = (BankFigures.MIN_EXAM_SCENARIO_PERCENT * bank.items() + 99) / 100;
    quiz.problem(
        "questions",
        String.format(
            "%d of %d questions (%d %%) are scenarios ('scenario: true')%s; a course exam needs at"
                + " least %d %% (%d here), so it tests handling situations and not only recall."
                + " Add %s.",
            scenarios.size(),
            bank.items(),
            BankFigures.percent(scenarios.size(), bank.items()),
            scenarios.isEmpty() ? "" : ": " + names(scenarios),
            BankFigures.MIN_EXAM_SCENARIO_PERCENT,
            needed,
            count(needed - scenarios.size(), "scenario question")));
  }

  private void at(String questionId, String message) {
    check.problem(lines.get(questionId), "questions", message);
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static String names(List<String> ids) {
    return String.join(", ", ids.stream().map(id -> "'" + id + "'").toList());
  }
}
