package org.facilitatoracademy.assessment.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.facilitatoracademy.assessment.domain.Attempt;
import org.facilitatoracademy.assessment.domain.ChoiceRole;
import org.facilitatoracademy.assessment.domain.QuestionDraw;
import org.facilitatoracademy.assessment.domain.QuizVersion;
import org.facilitatoracademy.assessment.domain.SingleResponse;
import org.facilitatoracademy.assessment.domain.TrueFalseResponse;
import org.facilitatoracademy.catalog.domain.ContentSnapshot;
import org.facilitatoracademy.catalog.domain.Option;
import org.facilitatoracademy.catalog.domain.Question;
import org.facilitatoracademy.catalog.domain.QuestionType;
import org.facilitatoracademy.catalog.domain.Quiz;
import org.facilitatoracademy.catalog.domain.ReviewPolicy;
import org.junit.jupiter.api.Test;

/** What a graded attempt tells, by the quiz's review policy. */
class AttemptResultTest {

  private static final Instant T0 = Instant.parse("2026-11-02T09:00:00Z");

  private static Question single(String id, String area, String objective) {
    return new Question(
        id,
        QuestionType.SINGLE,
        Optional.of(area),
        Optional.of(objective),
        false,
        1,
        "Question " + id,
        List.of(new Option("a", "Right", true), new Option("b", "Wrong", false)),
        Optional.empty(),
        List.of(),
        List.of(),
        "Why " + id);
  }

  private static Question trueFalse(String id, String area, String objective) {
    return new Question(
        id,
        QuestionType.TRUEFALSE,
        Optional.of(area),
        Optional.of(objective),
        false,
        1,
        "Statement " + id,
        List.of(),
        Optional.of(true),
        List.of(),
        List.of(),
        "Why " + id);
  }

  /**
   * Three questions: urges (two, objective "deads": one right, one wrong) and safety (one right,
   * objective "duty"), graded with a pass mark of 60.
   */
  private static Attempt graded() {
    Quiz quiz =
        new Quiz(
            "q",
            "Quiz",
            Optional.of("m"),
            Optional.empty(),
            60,
            3,
            Optional.empty(),
            0,
            Optional.empty(),
            Optional.empty(),
            List.of(
                single("one", "urges", "deads"),
                trueFalse("two", "urges", "deads"),
                single("three", "safety", "duty")),
            "v1");
    QuizVersion version = new QuizVersion(quiz, T0);
    QuestionDraw draw = new QuestionDraw(new Random(3));
    Attempt attempt =
        Attempt.start(
            "account",
            "course",
            version,
            1,
            version.questions().stream().map(draw::present).toList(),
            T0,
            Optional.empty());
    for (var slot : attempt.slots()) {
      var question = slot.question();
      var authored =
          switch (question.questionId()) {
            case "one", "three" -> new SingleResponse("a");
            default -> new TrueFalseResponse(false);
          };
      attempt.save(slot.number(), attempt.choiceIds().shown(question, authored), T0);
    }
    attempt.finish(T0.plusSeconds(60));
    return attempt;
  }

  private static final Map<String, String> TEXTS =
      Map.of("deads", "Use DEADS on an urge", "duty", "Know the duty to warn");

  @Test
  void byAreasTheResultHasAreasAndObjectivesAndNothingPerQuestion() {
    AttemptResult result =
        AttemptResult.of(graded(), new ReviewTerms(ReviewPolicy.AREAS, TEXTS)).orElseThrow();

    assertThat(result.perQuestion()).isFalse();
    assertThat(result.questions()).isEmpty();
    assertThat(result.score()).isCloseTo(66.67, within(0.001));
    assertThat(result.areas())
        .containsExactlyInAnyOrder(new AreaResult("urges", 0.5), new AreaResult("safety", 1.0));
    assertThat(result.objectives())
        .containsExactlyInAnyOrder(
            new ObjectiveResult("deads", "Use DEADS on an urge", false),
            new ObjectiveResult("duty", "Know the duty to warn", true));
  }

  @Test
  void fullyTheResultAlsoExplainsEveryQuestionInTheAttemptsOwnIds() {
    Attempt attempt = graded();
    AttemptResult result =
        AttemptResult.of(attempt, new ReviewTerms(ReviewPolicy.FULL, TEXTS)).orElseThrow();

    assertThat(result.perQuestion()).isTrue();
    assertThat(result.questions()).hasSize(3);
    for (SlotResult slot : result.questions()) {
      assertThat(slot.explanation()).startsWith("Why ");
      if (slot.rightAnswer() instanceof SingleResponse right) {
        assertThat(right.optionId())
            .isNotEqualTo("a")
            .isEqualTo(
                attempt
                    .choiceIds()
                    .issue(
                        attempt.slot(slot.slot()).orElseThrow().question(),
                        ChoiceRole.OPTION,
                        "a"));
      }
    }
  }

  @Test
  void anObjectiveNoLongerInTheContentIsNamedByItsId() {
    AttemptResult result =
        AttemptResult.of(graded(), new ReviewTerms(ReviewPolicy.AREAS, Map.of())).orElseThrow();

    assertThat(result.objectives()).extracting(ObjectiveResult::text).contains("deads", "duty");
  }

  @Test
  void aQuizNoLongerInTheContentIsReviewedByAreas() {
    assertThat(ReviewTerms.of(graded(), ContentSnapshot.empty()).policy())
        .isEqualTo(ReviewPolicy.AREAS);
  }
}
