package org.facilitatoracademy.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.facilitatoracademy.catalog.domain.Question;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The partial-credit rules the README documents, one example per line. */
class PartialCreditTest {

  private static double graded(Question question, Response response) {
    QuestionVersion q = QuestionVersion.of(question);
    q.grader().check(q, response);
    return q.grader().fraction(q, response);
  }

  @ParameterizedTest(name = "ticking {0} earns {1}")
  @CsvSource({
    "a b c, 1.0",
    "a b c d, 0.5",
    "a b c d e, 0.0",
    "a, 0.3333333333",
    "a d, 0.0",
    "d e, 0.0",
    "'', 0.0",
    "a b, 0.6666666667"
  })
  void multipleChoiceAddsAShareForRightTicksAndTakesOneForWrongTicks(
      String ticked, double fraction) {
    List<String> ids = ticked.isBlank() ? List.of() : List.of(ticked.split(" "));
    assertThat(graded(Questions.multiple("m"), new MultipleResponse(ids)))
        .isCloseTo(fraction, within(1e-9));
  }

  @ParameterizedTest(name = "the order {0} earns {1}")
  @CsvSource({
    "A B C D, 1.0",
    "A B D C, 0.6666666667",
    "B A D C, 0.3333333333",
    "D A B C, 0.0",
    "D C B A, 0.0",
    "A C B D, 0.6666666667"
  })
  void orderingCountsPairsInTheRightRelativeOrderMinusPairsInTheWrongOne(
      String order, double fraction) {
    Map<String, String> ids =
        Map.of(
            "A", Questions.itemId("Check-in"),
            "B", Questions.itemId("Agenda setting"),
            "C", Questions.itemId("Working time"),
            "D", Questions.itemId("Check-out"));
    List<String> response = List.of(order.split(" ")).stream().map(ids::get).toList();
    assertThat(graded(Questions.order("o"), new OrderResponse(response)))
        .isCloseTo(fraction, within(1e-9));
  }

  @ParameterizedTest(name = "{0} right pairs of 4 earn {1}")
  @CsvSource({"4, 1.0", "2, 0.5", "1, 0.25", "0, 0.0"})
  void matchingEarnsAnEqualShareForEachRightPair(int right, double fraction) {
    Question question = Questions.match("t");
    Map<String, String> response = new java.util.HashMap<>();
    var pairs = question.pairs();
    for (int i = 0; i < pairs.size(); i++) {
      String rightSide =
          i < right ? pairs.get(i).right().id() : pairs.get((i + 1) % pairs.size()).right().id();
      if (i < right || right < pairs.size() - 1) {
        response.put(pairs.get(i).left().id(), rightSide);
      }
    }
    assertThat(graded(question, new MatchResponse(response))).isCloseTo(fraction, within(1e-9));
  }

  @ParameterizedTest(name = "single choice {0} earns {1}")
  @CsvSource({"a, 1.0", "b, 0.0", "c, 0.0"})
  void singleChoiceIsAllOrNothing(String option, double fraction) {
    assertThat(graded(Questions.single("s"), new SingleResponse(option))).isEqualTo(fraction);
  }

  @ParameterizedTest(name = "true/false {0} earns {1}")
  @CsvSource({"true, 1.0", "false, 0.0"})
  void trueFalseIsAllOrNothing(boolean value, double fraction) {
    assertThat(graded(Questions.trueFalse("t", true), new TrueFalseResponse(value)))
        .isEqualTo(fraction);
  }
}
