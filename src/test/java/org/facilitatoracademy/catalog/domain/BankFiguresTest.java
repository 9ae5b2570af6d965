package org.facilitatoracademy.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The limits of the item-writing rules, at and just past each boundary. */
class BankFiguresTest {

  private static Question single(String id, String key, String... distractors) {
    List<Option> options = new ArrayList<>();
    options.add(new Option(id + "-key", key, true));
    for (int i = 0; i < distractors.length; i++) {
      options.add(new Option(id + "-" + i, distractors[i], false));
    }
    return question(id, QuestionType.SINGLE, "Q " + id, options, Optional.empty(), false);
  }

  private static Question trueFalse(String id, boolean answer) {
    return question(id, QuestionType.TRUEFALSE, "S " + id, List.of(), Optional.of(answer), false);
  }

  private static Question question(
      String id,
      QuestionType type,
      String text,
      List<Option> options,
      Optional<Boolean> answer,
      boolean scenario) {
    return new Question(
        id,
        type,
        Optional.empty(),
        Optional.empty(),
        scenario,
        1,
        text,
        options,
        answer,
        List.of(),
        List.of(),
        "Because.");
  }

  private static BankFigures module(List<Question> questions, Integer draw) {
    return new BankFigures("q", false, questions, Optional.ofNullable(draw));
  }

  private static List<Question> singles(int cued, int total) {
    List<Question> questions = new ArrayList<>();
    for (int i = 0; i < total; i++) {
      questions.add(
          i < cued ? single("s" + i, "Longer key", "Short") : single("s" + i, "Key", "Other"));
    }
    return questions;
  }

  @Test
  void threeLongestKeysInTenSinglesAreAllowedButFourAreNot() {
    assertThat(module(singles(3, 10), null).tooManyLongestKeys()).isFalse();
    assertThat(module(singles(4, 10), null).tooManyLongestKeys()).isTrue();
    assertThat(module(singles(4, 10), null).longestKeyIds())
        .containsExactly("s0", "s1", "s2", "s3");
  }

  @Test
  void aKeyAsLongAsTheLongestDistractorIsNotCuedAndLengthCountsCharactersNotBytes() {
    assertThat(module(List.of(single("a", "Same", "Also")), null).longestKeyIds()).isEmpty();
    assertThat(module(List.of(single("b", "Café", "Cafe")), null).longestKeyIds()).isEmpty();
    assertThat(module(List.of(single("c", "Key", "Other", "No")), null).longestKeyIds()).isEmpty();
  }

  @Test
  void trueFalseAnswersMayBeThirtyFiveToSixtyFivePercentTrue() {
    List<Question> sevenOfTwenty = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      sevenOfTwenty.add(trueFalse("t" + i, i < 7));
    }
    assertThat(module(sevenOfTwenty, null).trueFalseUnbalanced()).as("35 %").isFalse();
    sevenOfTwenty.set(6, trueFalse("t6", false));
    assertThat(module(sevenOfTwenty, null).trueFalseUnbalanced()).as("30 %").isTrue();

    List<Question> thirteenOfTwenty = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      thirteenOfTwenty.add(trueFalse("t" + i, i < 13));
    }
    assertThat(module(thirteenOfTwenty, null).trueFalseUnbalanced()).as("65 %").isFalse();
    thirteenOfTwenty.set(13, trueFalse("t13", true));
    assertThat(module(thirteenOfTwenty, null).trueFalseUnbalanced()).as("70 %").isTrue();
  }

  @Test
  void theBalanceIsJudgedOnlyFromSixTrueFalseItems() {
    List<Question> allTrue = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      allTrue.add(trueFalse("t" + i, true));
    }
    assertThat(module(allTrue, null).trueFalseUnbalanced()).isFalse();
    allTrue.add(trueFalse("t5", true));
    assertThat(module(allTrue, null).trueFalseUnbalanced()).isTrue();
  }

  @Test
  void aModuleBankNeedsTwiceItsDrawAndAnExamThreeTimes() {
    List<Question> twenty = singles(0, 20);
    assertThat(module(twenty, 10).tooSmall()).isFalse();
    assertThat(module(twenty.subList(0, 19), 10).tooSmall()).isTrue();
    assertThat(new BankFigures("x", true, twenty, Optional.of(7)).tooSmall()).isTrue();
    assertThat(new BankFigures("x", true, twenty, Optional.of(6)).requiredItems()).contains(18);
    assertThat(module(twenty, null).tooSmall()).as("asks every question").isFalse();
  }

  @Test
  void anExamNeedsFortyPercentScenariosAModuleQuizNone() {
    List<Question> questions = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      questions.add(
          question(
              "x" + i, QuestionType.TRUEFALSE, "S" + i, List.of(), Optional.of(i % 2 == 0), i < 4));
    }
    assertThat(new BankFigures("x", true, questions, Optional.empty()).tooFewScenarios()).isFalse();
    questions.set(
        3, question("x3", QuestionType.TRUEFALSE, "S3", List.of(), Optional.of(false), false));
    assertThat(new BankFigures("x", true, questions, Optional.empty()).tooFewScenarios()).isTrue();
    assertThat(module(questions, null).tooFewScenarios()).isFalse();
  }

  @Test
  void textsAreComparedTrimmedAndWithoutCase() {
    List<Question> questions =
        List.of(
            question(
                "a", QuestionType.TRUEFALSE, "Peers lead.", List.of(), Optional.of(true), false),
            question("b", QuestionType.TRUEFALSE, "Other.", List.of(), Optional.of(true), false),
            question(
                "c", QuestionType.TRUEFALSE, " PEERS LEAD. ", List.of(), Optional.of(true), false));

    assertThat(module(questions, null).sameTexts()).containsExactly(List.of("a", "c"));
  }
}
