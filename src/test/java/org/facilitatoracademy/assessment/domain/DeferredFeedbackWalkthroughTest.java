package org.facilitatoracademy.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.facilitatoracademy.catalog.domain.Question;
import org.facilitatoracademy.platform.errors.BusinessException;
import org.junit.jupiter.api.Test;

/**
 * Moodle-style walkthroughs of deferred feedback, one per question type: a sequence of saved
 * responses and a submission, with the slot's state, mark and history asserted after each step.
 */
class DeferredFeedbackWalkthroughTest {

  private Attempt attemptOf(Question question) {
    QuizVersion version =
        new QuizVersion(Questions.quiz("walk", 50, List.of(question)), Questions.T0);
    QuestionDraw draw = new QuestionDraw(new Random(7));
    return Attempt.start(
        "account-1",
        "facilitator",
        version,
        1,
        List.of(draw.present(version.questions().get(0))),
        Questions.T0,
        Optional.of(Duration.ofMinutes(20)));
  }

  /** A response in authored ids as the attempt shows it, the way a person would send it. */
  private static Response shown(Attempt attempt, Response authored) {
    return attempt.choiceIds().shown(slot(attempt).question(), authored);
  }

  private static AttemptSlot slot(Attempt attempt) {
    return attempt.slot(1).orElseThrow();
  }

  private static void assertUngraded(AttemptSlot slot, SlotState state, int steps) {
    assertThat(slot.state()).isEqualTo(state);
    assertThat(slot.fraction()).isEmpty();
    assertThat(slot.mark()).isEmpty();
    assertThat(slot.steps()).hasSize(steps);
  }

  @Test
  void singleChoiceIsGradedOnlyAtSubmissionWithTheLastSavedResponse() {
    Attempt attempt = attemptOf(Questions.single("deads"));
    assertUngraded(slot(attempt), SlotState.TODO, 0);

    attempt.save(1, shown(attempt, new SingleResponse("b")), Questions.T0.plusSeconds(10));
    assertUngraded(slot(attempt), SlotState.COMPLETE, 1);
    assertThat(slot(attempt).steps().get(0).response()).contains("{\"optionId\":\"b\"}");

    attempt.save(1, shown(attempt, new SingleResponse("a")), Questions.T0.plusSeconds(20));
    assertUngraded(slot(attempt), SlotState.COMPLETE, 2);

    attempt.finish(Questions.T0.plusSeconds(30));
    assertThat(slot(attempt).state()).isEqualTo(SlotState.GRADED_RIGHT);
    assertThat(slot(attempt).fraction()).contains(1.0);
    assertThat(slot(attempt).mark()).contains(1.0);
    SlotStep last = slot(attempt).steps().get(2);
    assertThat(last.action()).isEqualTo(StepAction.FINISH);
    assertThat(last.response()).contains("{\"optionId\":\"a\"}");
    assertThat(attempt.percent()).contains(100.0);
    assertThat(attempt.passed()).isTrue();
    assertThat(attempt.finishReason()).contains(FinishReason.SUBMITTED);
  }

  @Test
  void multipleChoiceEarnsPartialCreditAndLosesItForWrongTicks() {
    Attempt attempt = attemptOf(Questions.multiple("methods"));

    attempt.save(
        1, shown(attempt, new MultipleResponse(List.of("a", "b"))), Questions.T0.plusSeconds(5));
    assertUngraded(slot(attempt), SlotState.COMPLETE, 1);

    attempt.save(
        1,
        shown(attempt, new MultipleResponse(List.of("a", "b", "c", "d"))),
        Questions.T0.plusSeconds(9));
    assertUngraded(slot(attempt), SlotState.COMPLETE, 2);

    attempt.finish(Questions.T0.plusSeconds(30));
    // 3/3 right ticked, 1/2 wrong ticked: 1 - 0.5 = 0.5 of 2 points.
    assertThat(slot(attempt).state()).isEqualTo(SlotState.GRADED_PARTIAL);
    assertThat(slot(attempt).fraction()).contains(0.5);
    assertThat(slot(attempt).mark()).contains(1.0);
    assertThat(attempt.percent()).contains(50.0);
    assertThat(attempt.passed()).isTrue();
  }

  @Test
  void trueFalseSubmittedWrongIsGradedWrong() {
    Attempt attempt = attemptOf(Questions.trueFalse("urge-passes", true));

    attempt.save(1, shown(attempt, new TrueFalseResponse(false)), Questions.T0.plusSeconds(5));
    assertUngraded(slot(attempt), SlotState.COMPLETE, 1);

    attempt.finish(Questions.T0.plusSeconds(6));
    assertThat(slot(attempt).state()).isEqualTo(SlotState.GRADED_WRONG);
    assertThat(slot(attempt).mark()).contains(0.0);
    assertThat(attempt.passed()).isFalse();
  }

  @Test
  void orderingEarnsCreditForPairsInTheRightRelativeOrder() {
    Attempt attempt = attemptOf(Questions.order("meeting"));
    String a = Questions.itemId("Check-in");
    String b = Questions.itemId("Agenda setting");
    String c = Questions.itemId("Working time");
    String d = Questions.itemId("Check-out");
    assertThat(slot(attempt).shownOrder()).containsExactlyInAnyOrder(a, b, c, d);
    assertThat(slot(attempt).shownOrder()).isNotEqualTo(List.of(a, b, c, d));

    attempt.save(
        1, shown(attempt, new OrderResponse(List.of(d, c, b, a))), Questions.T0.plusSeconds(5));
    assertUngraded(slot(attempt), SlotState.COMPLETE, 1);

    attempt.save(
        1, shown(attempt, new OrderResponse(List.of(a, c, b, d))), Questions.T0.plusSeconds(8));
    assertUngraded(slot(attempt), SlotState.COMPLETE, 2);

    attempt.finish(Questions.T0.plusSeconds(9));
    // One neighbouring swap: 5 pairs right, 1 wrong, of 6: (5 - 1) / 6.
    assertThat(slot(attempt).state()).isEqualTo(SlotState.GRADED_PARTIAL);
    assertThat(slot(attempt).fraction().orElseThrow()).isCloseTo(4.0 / 6, within(1e-9));
  }

  @Test
  void matchingEarnsAShareForEachRightPairAndNothingForMissingOnes() {
    Question question = Questions.match("tools");
    Attempt attempt = attemptOf(question);
    String disarm = question.pairs().get(0).left().id();
    String urges = question.pairs().get(0).right().id();
    String hov = question.pairs().get(1).left().id();
    String motivation = question.pairs().get(1).right().id();
    assertThat(slot(attempt).shownLefts()).hasSize(4);
    assertThat(slot(attempt).shownRights()).hasSize(4);

    attempt.save(
        1,
        shown(attempt, new MatchResponse(Map.of(disarm, motivation))),
        Questions.T0.plusSeconds(5));
    assertUngraded(slot(attempt), SlotState.COMPLETE, 1);

    attempt.save(
        1,
        shown(attempt, new MatchResponse(Map.of(disarm, urges, hov, motivation))),
        Questions.T0.plusSeconds(9));
    assertUngraded(slot(attempt), SlotState.COMPLETE, 2);

    attempt.finish(Questions.T0.plusSeconds(10));
    assertThat(slot(attempt).state()).isEqualTo(SlotState.GRADED_PARTIAL);
    assertThat(slot(attempt).fraction()).contains(0.5);
  }

  @Test
  void aQuestionLeftUnansweredIsGivenUpWithNoMarks() {
    Attempt attempt = attemptOf(Questions.single("deads"));

    attempt.finish(Questions.T0.plusSeconds(30));

    assertThat(slot(attempt).state()).isEqualTo(SlotState.GAVE_UP);
    assertThat(slot(attempt).mark()).contains(0.0);
    assertThat(slot(attempt).steps())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.action()).isEqualTo(StepAction.FINISH);
              assertThat(s.response()).isEmpty();
            });
  }

  @Test
  void aResponseNamingAnOptionOfNoQuestionIsRefusedAndLeavesNoStep() {
    Attempt attempt = attemptOf(Questions.single("deads"));

    assertThatThrownBy(
            () -> attempt.save(1, shown(attempt, new SingleResponse("zz")), Questions.T0))
        .isInstanceOfSatisfying(
            BusinessException.class,
            e -> assertThat(e.kind()).isEqualTo(BusinessException.Kind.MALFORMED));
    assertUngraded(slot(attempt), SlotState.TODO, 0);
  }

  @Test
  void aResponseOfAnotherTypeIsRefused() {
    Attempt attempt = attemptOf(Questions.single("deads"));

    assertThatThrownBy(
            () -> attempt.save(1, shown(attempt, new TrueFalseResponse(true)), Questions.T0))
        .isInstanceOf(BusinessException.class);
  }

  @Test
  void afterSubmissionResponsesAreRefusedAsAConflict() {
    Attempt attempt = attemptOf(Questions.single("deads"));
    attempt.finish(Questions.T0.plusSeconds(1));

    assertThatThrownBy(
            () ->
                attempt.save(
                    1, shown(attempt, new SingleResponse("a")), Questions.T0.plusSeconds(2)))
        .isInstanceOfSatisfying(
            BusinessException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(BusinessException.Kind.CONFLICT);
              assertThat(e.code()).isEqualTo("attempt-finished");
            });
  }

  @Test
  void pastTheDeadlineResponsesAreRefusedAndTheAttemptIsGradedAsItStoodAtTheDeadline() {
    Attempt attempt = attemptOf(Questions.single("deads"));
    attempt.save(1, shown(attempt, new SingleResponse("a")), Questions.T0.plusSeconds(60));
    Duration late = Duration.ofMinutes(21);

    assertThatThrownBy(
            () -> attempt.save(1, shown(attempt, new SingleResponse("b")), Questions.T0.plus(late)))
        .isInstanceOfSatisfying(
            BusinessException.class, e -> assertThat(e.code()).isEqualTo("deadline-passed"));
    assertThat(attempt.isOverdue(Questions.T0.plus(late))).isTrue();

    attempt.finish(Questions.T0.plus(Duration.ofHours(5)));
    assertThat(attempt.finishReason()).contains(FinishReason.DEADLINE);
    assertThat(attempt.finishedAt()).contains(Questions.T0.plus(Duration.ofMinutes(20)));
    assertThat(slot(attempt).state()).isEqualTo(SlotState.GRADED_RIGHT);
  }

  @Test
  void aRegradeAgainstACorrectedKeyKeepsTheOldMarkInTheHistory() {
    Attempt attempt = attemptOf(Questions.single("deads"));
    attempt.save(1, shown(attempt, new SingleResponse("b")), Questions.T0.plusSeconds(5));
    attempt.finish(Questions.T0.plusSeconds(6));
    assertThat(attempt.passed()).isFalse();

    Question corrected =
        new Question(
            "deads",
            Questions.single("deads").type(),
            Optional.of("urges"),
            Optional.empty(),
            false,
            1,
            "What does the first D in DEADS stand for?",
            List.of(
                new org.facilitatoracademy.catalog.domain.Option("a", "Deny or delay", false),
                new org.facilitatoracademy.catalog.domain.Option("b", "Discuss", true),
                new org.facilitatoracademy.catalog.domain.Option("c", "Decide", false)),
            Optional.empty(),
            List.of(),
            List.of(),
            "Corrected.");
    var regraded =
        attempt.regrade(
            Map.of("deads", QuestionVersion.of(corrected)), "v2", Questions.T0.plusSeconds(100));

    assertThat(regraded).isPresent();
    assertThat(regraded.get().outcomeChanged()).isTrue();
    assertThat(attempt.passed()).isTrue();
    assertThat(slot(attempt).steps())
        .extracting(SlotStep::action, s -> s.mark().orElse(null))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(StepAction.SAVE, null),
            org.assertj.core.groups.Tuple.tuple(StepAction.FINISH, 0.0),
            org.assertj.core.groups.Tuple.tuple(StepAction.REGRADE, 1.0));
    assertThat(attempt.grades())
        .extracting(AttemptGrade::reason, AttemptGrade::percent)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(GradeReason.GRADED, 0.0),
            org.assertj.core.groups.Tuple.tuple(GradeReason.REGRADED, 100.0));

    assertThat(
            attempt.regrade(
                Map.of("deads", QuestionVersion.of(corrected)),
                "v2",
                Questions.T0.plusSeconds(200)))
        .as("the same correction twice changes nothing")
        .isEmpty();
  }
}
