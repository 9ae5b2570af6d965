package org.facilitatoracademy.catalog.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.facilitatoracademy.catalog.infrastructure.ContentFixture.QUIZ_FILE;
import static org.facilitatoracademy.catalog.infrastructure.ContentFixture.assertProblem;
import static org.facilitatoracademy.catalog.infrastructure.ContentFixture.assertProblemAtKey;

import java.nio.file.Path;
import org.facilitatoracademy.catalog.domain.ContentLoadResult;
import org.facilitatoracademy.catalog.domain.Question;
import org.facilitatoracademy.catalog.domain.StableId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules of one question. Each test's question is the only one in the module quiz, so its first
 * line is line 6 of the file.
 */
class QuestionRulesTest {

  @TempDir Path dir;
  ContentFixture content;

  @BeforeEach
  void writeValidContent() {
    content = ContentFixture.in(dir);
  }

  private ContentLoadResult loadQuestion(String question) {
    return content.quizWith(question).load();
  }

  @Test
  void theTypeMustBeAKnownOne() {
    ContentLoadResult result =
        loadQuestion(
            """
              - id: q
                type: multi
                text: Which?
                options: [{ text: A, correct: true }, { text: B }]
                explanation: Because.
            """);

    assertProblem(
        result,
        QUIZ_FILE,
        7,
        "Question 'q' has the type 'multi'; the type must be one of single, multiple, truefalse,"
            + " order, match.");
  }

  @Test
  void aSingleQuestionHasExactlyOneCorrectOption() {
    ContentLoadResult result =
        loadQuestion(
            """
              - id: x
                type: single
                text: Which?
                options:
                  - { id: a, text: A, correct: true }
                  - { id: b, text: B, correct: true }
                  - { id: c, text: C }
                explanation: Because.
            """);

    assertProblem(
        result,
        QUIZ_FILE,
        10,
        "Question 'x' is type single but has 2 correct options; a single-choice question needs"
            + " exactly one.");
    assertProblemAtKey(result, QUIZ_FILE, "questions[0].options", "has 2 correct options");
  }

  @Test
  void aSingleQuestionHasACorrectOption() {
    ContentLoadResult result =
        loadQuestion(
            """
              - id: x
                type: single
                text: Which?
                options: [{ text: A }, { text: B }]
                explanation: Because.
            """);

    assertProblem(result, QUIZ_FILE, 9, "Question 'x' is type single but has no correct option");
  }

  @Test
  void aMultipleQuestionHasACorrectOption() {
    ContentLoadResult result =
        loadQuestion(
            """
              - id: x
                type: multiple
                text: Which?
                options: [{ text: A }, { text: B }]
                explanation: Because.
            """);

    assertProblem(
        result, QUIZ_FILE, 9, "Question 'x' is type multiple but none of its options is correct");
  }

  @Test
  void aMultipleQuestionHasAnIncorrectOption() {
    ContentLoadResult result =
        loadQuestion(
            """
              - id: x
                type: multiple
                text: Which?
                options: [{ text: A, correct: true }, { text: B, correct: true }]
                explanation: Because.
            """);

    assertProblem(
        result,
        QUIZ_FILE,
        9,
        "Question 'x' is type multiple but all its options are correct; a multiple-choice"
            + " question needs at least one incorrect option.");
  }

  @Test
  void aChoiceQuestionHasAtLeastTwoOptions() {
    ContentLoadResult result =
        loadQuestion(
            """
              - id: x
                type: single
                text: Which?
                options: [{ text: A, correct: true }]
                explanation: Because.
            """);

    assertProblem(
        result, QUIZ_FILE, 9, "Question 'x' has 1 option; a single question needs at least 2.");
  }

  @Test
  void aChoiceQuestionNeedsOptions() {
    ContentLoadResult result =
        loadQuestion(
            """
              - id: x
                type: multiple
                text: Which?
                explanation: Because.
            """);

    assertProblemAtKey(
        result, QUIZ_FILE, "questions[0].options", "is type multiple and needs 'options'");
  }

  @Test
  void optionTextsAreDistinct() {
    ContentLoadResult result =
        loadQuestion(
            """
              - id: x
                type: single
                text: Which?
                options:
                  - { id: a, text: Same, correct: true }
                  - { id: b, text: Same }
                explanation: Because.
            """);

    assertProblem(result, QUIZ_FILE, 11, "Question 'x' has two options with the text 'Same'");
  }

  @Test
  void optionIdsAreUniqueWithinTheQuestion() {
    ContentLoadResult result =
        loadQuestion(
            """
              - id: x
                type: single
                text: Which?
                options:
                  - { id: a, text: One, correct: true }
                  - { id: a, text: Two }
                explanation: Because.
            """);

    assertProblem(result, QUIZ_FILE, 11, "Question 'x' has two options with the id 'a'");
  }

  @Test
  void anOptionWithoutIdGetsOneDerivedFromItsText() {
    ContentLoadResult result =
        loadQuestion(
            """
              - id: x
                type: single
                text: Which?
                options: [{ text: One, correct: true }, { id: b, text: Two }]
                explanation: Because.
            """);

    assertThat(question(result).options())
        .extracting(o -> o.id())
        .containsExactly(StableId.ofText("One"), "b");
  }

  @Test
  void anOptionHasOnlyIdTextAndCorrect() {
    ContentLoadResult result =
        loadQuestion(
            """
              - id: x
                type: single
                text: Which?
                options:
                  - { id: a, text: How strong it was, for example 1-10, correct: true }
                  - { id: b, text: Two }
                explanation: Because.
            """);

    assertProblem(
        result,
        QUIZ_FILE,
        10,
        "Option 1 of question 'x' has the unknown key 'for example 1-10'. It looks like part of a"
            + " text: inside { … } a comma ends the text, so put the whole text in quotes.");
  }

  @Test
  void aTrueFalseQuestionHasABooleanAnswer() {
    ContentLoadResult result =
        loadQuestion(
            """
              - id: x
                type: truefalse
                text: It is so.
                explanation: Because.
            """);

    assertProblemAtKey(
        result,
        QUIZ_FILE,
        "questions[0].answer",
        "Question 'x' is type truefalse and needs 'answer: true' or 'answer: false'.");
  }

  @Test
  void aTrueFalseAnswerIsTrueOrFalseNotText() {
    ContentLoadResult result =
        loadQuestion(
            """
              - id: x
                type: truefalse
                text: It is so.
                answer: "true"
                explanation: Because.
            """);

    assertProblem(result, QUIZ_FILE, 9, "'answer' should be true or false");
  }

  @Test
  void anOrderQuestionHasAtLeastTwoItems() {
    ContentLoadResult result =
        loadQuestion(
            """
              - id: x
                type: order
                text: Put in order.
                items: [Only]
                explanation: Because.
            """);

    assertProblem(result, QUIZ_FILE, 9, "an order question needs at least 2");
  }

  @Test
  void orderItemsAreDistinct() {
    ContentLoadResult result =
        loadQuestion(
            """
              - id: x
                type: order
                text: Put in order.
                items:
                  - Check-in
                  - Check-out
                  - Check-in
                explanation: Because.
            """);

    assertProblem(result, QUIZ_FILE, 12, "Question 'x' lists the item 'Check-in' twice");
    assertProblemAtKey(result, QUIZ_FILE, "questions[0].items[2]", "twice");
  }

  @Test
  void orderItemsKeepTheirOrderAndGetStableIds() {
    ContentLoadResult result =
        loadQuestion(
            """
              - id: x
                type: order
                text: Put in order.
                items: [Check-in, Agenda setting, Check-out]
                explanation: Because.
            """);

    assertThat(question(result).items())
        .extracting(i -> i.text())
        .containsExactly("Check-in", "Agenda setting", "Check-out");
    assertThat(question(result).items().get(0).id()).isEqualTo(StableId.ofText("Check-in"));
  }

  @Test
  void aMatchQuestionHasAtLeastTwoPairs() {
    ContentLoadResult result =
        loadQuestion(
            """
              - id: x
                type: match
                text: Match them.
                pairs: [{ left: DISARM, right: Urges }]
                explanation: Because.
            """);

    assertProblem(result, QUIZ_FILE, 9, "a match question needs at least 2");
  }

  @Test
  void matchLeftSidesAreDistinct() {
    ContentLoadResult result =
        loadQuestion(
            """
              - id: x
                type: match
                text: Match them.
                pairs:
                  - { left: DISARM, right: Urges }
                  - { left: DISARM, right: Thoughts }
                explanation: Because.
            """);

    assertProblem(result, QUIZ_FILE, 11, "two pairs with the left side 'DISARM'");
  }

  @Test
  void matchRightSidesAreDistinct() {
    ContentLoadResult result =
        loadQuestion(
            """
              - id: x
                type: match
                text: Match them.
                pairs:
                  - { left: DISARM, right: Urges }
                  - { left: DEADS, right: Urges }
                explanation: Because.
            """);

    assertProblem(result, QUIZ_FILE, 11, "two pairs with the right side 'Urges'");
  }

  @Test
  void matchSidesGetStableIds() {
    ContentLoadResult result =
        loadQuestion(
            """
              - id: x
                type: match
                text: Match them.
                pairs:
                  - { left: DISARM, right: Urges }
                  - { left: ABC, right: Thoughts }
                explanation: Because.
            """);

    assertThat(question(result).pairs().get(1).left().id()).isEqualTo(StableId.ofText("ABC"));
    assertThat(question(result).pairs().get(1).right().id()).isEqualTo(StableId.ofText("Thoughts"));
  }

  @Test
  void anExplanationIsRequired() {
    ContentLoadResult result =
        loadQuestion(
            """
              - id: x
                type: truefalse
                text: It is so.
                answer: true
            """);

    assertProblemAtKey(
        result, QUIZ_FILE, "questions[0].explanation", "Question 'x' needs 'explanation'.");
  }

  @Test
  void pointsArePositive() {
    ContentLoadResult result =
        loadQuestion(
            """
              - id: x
                type: truefalse
                points: 0
                text: It is so.
                answer: true
                explanation: Because.
            """);

    assertProblem(result, QUIZ_FILE, 8, "'points' is 0; it must be at least 1.");
  }

  @Test
  void pointsDefaultToOne() {
    ContentLoadResult result = loadQuestion(ContentFixture.TRUEFALSE_QUESTION);

    assertThat(question(result).points()).isEqualTo(1);
    assertThat(question(result).scenario()).isFalse();
  }

  @Test
  void aKeyOfAnotherTypeIsRefused() {
    ContentLoadResult result =
        loadQuestion(
            """
              - id: x
                type: truefalse
                text: It is so.
                answer: true
                options: [{ text: A, correct: true }, { text: B }]
                explanation: Because.
            """);

    assertProblem(
        result,
        QUIZ_FILE,
        10,
        "Question 'x' is type truefalse; 'options' belongs to single and multiple questions."
            + " Remove it, or change the type.");
  }

  @Test
  void aQuestionIdIsAValidId() {
    ContentLoadResult result =
        loadQuestion(
            """
              - id: Question One
                type: truefalse
                text: It is so.
                answer: true
                explanation: Because.
            """);

    assertProblem(result, QUIZ_FILE, 6, "'Question One' is not a valid id");
  }

  private static Question question(ContentLoadResult result) {
    assertThat(result.errors()).as(ContentFixture.describe(result)).isEmpty();
    return result.snapshot().getQuiz("basics").questions().get(0);
  }
}
