package org.facilitatoracademy.catalog.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The figures of one quiz bank that the item-writing rules judge, and the rules themselves. The
 * rules keep a bank from being passed by test-wise guessing rather than knowledge: a key that is
 * usually the longest option, true/false answers that are usually the same, the same question asked
 * twice, and a bank so small that every attempt sees the same items.
 *
 * @param draw how many questions an attempt draws; empty when every attempt has every question
 */
public record BankFigures(
    String quizId, boolean exam, List<Question> questions, Optional<Integer> draw) {

  /** At most this share (percent) of single-choice items may have the longest option as key. */
  public static final int MAX_LONGEST_KEY_PERCENT = 30;

  /** True/false answers must be true in this range (percent), in banks with enough of them. */
  public static final int MIN_TRUE_PERCENT = 35;

  public static final int MAX_TRUE_PERCENT = 65;

  /** The balance of true/false answers is judged only from this many true/false items. */
  public static final int TRUEFALSE_BALANCE_FROM = 6;

  /** A module bank holds this many times its draw; a course exam {@link #EXAM_BANK_FACTOR}. */
  public static final int MODULE_BANK_FACTOR = 2;

  public static final int EXAM_BANK_FACTOR = 3;

  /** At least this share (percent) of an exam's bank are scenario items. */
  public static final int MIN_EXAM_SCENARIO_PERCENT = 40;

  public BankFigures {
    questions = List.copyOf(questions);
  }

  public static BankFigures of(Quiz quiz) {
    return new BankFigures(quiz.id(), quiz.isExam(), quiz.questions(), quiz.draw());
  }

  public int items() {
    return questions.size();
  }

  public List<Question> singles() {
    return ofType(QuestionType.SINGLE);
  }

  /** Single-choice items whose correct option is strictly longer than every other option. */
  public List<String> longestKeyIds() {
    return singles().stream().filter(BankFigures::keyIsStrictlyLongest).map(Question::id).toList();
  }

  public boolean tooManyLongestKeys() {
    return longestKeyIds().size() * 100 > MAX_LONGEST_KEY_PERCENT * singles().size();
  }

  public List<Question> trueFalse() {
    return ofType(QuestionType.TRUEFALSE);
  }

  public List<String> trueIds() {
    return trueFalse().stream().filter(q -> q.answer().orElse(false)).map(Question::id).toList();
  }

  public List<String> falseIds() {
    return trueFalse().stream().filter(q -> !q.answer().orElse(false)).map(Question::id).toList();
  }

  public boolean trueFalseUnbalanced() {
    int n = trueFalse().size();
    int trues = trueIds().size();
    return n >= TRUEFALSE_BALANCE_FROM
        && (trues * 100 < MIN_TRUE_PERCENT * n || trues * 100 > MAX_TRUE_PERCENT * n);
  }

  /** Groups of question ids sharing a text (trimmed, case ignored), in the order of the file. */
  public List<List<String>> sameTexts() {
    Map<String, List<String>> byText = new LinkedHashMap<>();
    for (Question q : questions) {
      byText
          .computeIfAbsent(q.text().trim().toLowerCase(Locale.ROOT), t -> new ArrayList<>())
          .add(q.id());
    }
    return byText.values().stream().filter(ids -> ids.size() > 1).map(List::copyOf).toList();
  }

  /** The bank size the rules ask for; empty when the quiz draws nothing (it asks everything). */
  public Optional<Integer> requiredItems() {
    return draw.map(d -> d * (exam ? EXAM_BANK_FACTOR : MODULE_BANK_FACTOR));
  }

  public boolean tooSmall() {
    return requiredItems().filter(required -> items() < required).isPresent();
  }

  public List<String> scenarioIds() {
    return questions.stream().filter(Question::scenario).map(Question::id).toList();
  }

  public boolean tooFewScenarios() {
    return exam && scenarioIds().size() * 100 < MIN_EXAM_SCENARIO_PERCENT * items();
  }

  /** A share in whole percent, rounded down, as the report prints it. */
  public static int percent(int part, int whole) {
    return whole == 0 ? 0 : part * 100 / whole;
  }

  private List<Question> ofType(QuestionType type) {
    return questions.stream().filter(q -> q.type() == type).toList();
  }

  private static boolean keyIsStrictlyLongest(Question single) {
    int key = -1;
    int longestOther = -1;
    for (Option option : single.options()) {
      int length = option.text().codePointCount(0, option.text().length());
      if (option.correct()) {
        key = Math.max(key, length);
      } else {
        longestOther = Math.max(longestOther, length);
      }
    }
    return key >= 0 && longestOther >= 0 && key > longestOther;
  }
}
