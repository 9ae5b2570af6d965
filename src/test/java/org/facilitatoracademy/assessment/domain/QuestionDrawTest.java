package org.facilitatoracademy.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import org.facilitatoracademy.catalog.domain.Option;
import org.facilitatoracademy.catalog.domain.Question;
import org.facilitatoracademy.catalog.domain.QuestionType;
import org.junit.jupiter.api.Test;

class QuestionDrawTest {

  /** An exam bank like the facilitator exam: 11 modules of 8 items, 2 scenarios each. */
  private static List<QuestionVersion> examBank() {
    List<QuestionVersion> bank = new ArrayList<>();
    for (int m = 0; m < 11; m++) {
      for (int i = 0; i < 8; i++) {
        bank.add(
            QuestionVersion.of(
                new Question(
                    "m" + m + "-q" + i,
                    QuestionType.SINGLE,
                    Optional.of("module-" + m),
                    Optional.empty(),
                    i < 2,
                    1,
                    "Question " + i + " of module " + m,
                    List.of(new Option("a", "Right", true), new Option("b", "Wrong", false)),
                    Optional.empty(),
                    List.of(),
                    List.of(),
                    "Because.")));
      }
    }
    return bank;
  }

  @Test
  void everyExamDrawHasAQuarterScenarioItemsSpreadEvenlyAcrossModules() {
    List<QuestionVersion> bank = examBank();
    QuestionDraw draw = new QuestionDraw(new Random(2026));
    for (int run = 0; run < 500; run++) {
      List<QuestionVersion> drawn = draw.draw(bank, 40, 10, q -> q.area().orElseThrow());

      assertThat(drawn).hasSize(40).doesNotHaveDuplicates();
      assertThat(drawn.stream().filter(QuestionVersion::scenario).count())
          .isGreaterThanOrEqualTo(10);
      Map<String, Long> perModule =
          drawn.stream()
              .collect(Collectors.groupingBy(q -> q.area().orElseThrow(), Collectors.counting()));
      assertThat(perModule).hasSize(11);
      IntSummaryStatistics spread =
          perModule.values().stream().mapToInt(Long::intValue).summaryStatistics();
      assertThat(spread.getMax() - spread.getMin()).isLessThanOrEqualTo(1);
    }
  }

  @Test
  void drawsDifferFromAttemptToAttempt() {
    List<QuestionVersion> bank = examBank();
    QuestionDraw draw = new QuestionDraw(new Random(1));
    List<QuestionVersion> first = draw.draw(bank, 40, 10, q -> q.area().orElseThrow());
    List<QuestionVersion> second = draw.draw(bank, 40, 10, q -> q.area().orElseThrow());
    assertThat(first).isNotEqualTo(second);
  }

  @Test
  void aBankWithFewerScenariosThanWantedGivesAllItHas() {
    List<QuestionVersion> bank = examBank().subList(0, 16);
    List<QuestionVersion> drawn =
        new QuestionDraw(new Random(3)).draw(bank, 10, 8, q -> q.area().orElseThrow());
    assertThat(drawn.stream().filter(QuestionVersion::scenario).count()).isEqualTo(4);
  }

  @Test
  void presentedChoicesAreAPermutationOfTheQuestionsOwn() {
    QuestionDraw draw = new QuestionDraw(new Random(5));
    QuestionVersion multiple = QuestionVersion.of(Questions.multiple("m"));
    QuestionVersion match = QuestionVersion.of(Questions.match("t"));

    DrawnQuestion shownMultiple = draw.present(multiple);
    DrawnQuestion shownMatch = draw.present(match);

    assertThat(shownMultiple.displayOrder().split(","))
        .containsExactlyInAnyOrder("a", "b", "c", "d", "e");
    assertThat(shownMatch.displayOrder()).contains("|");
  }
}
