package org.facilitatoracademy.catalog.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.facilitatoracademy.catalog.infrastructure.ContentFixture.EXAM_FILE;
import static org.facilitatoracademy.catalog.infrastructure.ContentFixture.QUIZ_FILE;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.facilitatoracademy.catalog.domain.ContentLoadResult;
import org.facilitatoracademy.catalog.domain.ContentProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The item-writing rules of a quiz bank (CONTRACT §3), each broken by one fixture file under {@code
 * src/test/resources/item-writing/}. Every message names the file, a line and the questions to
 * change, and the broken bank is not loaded.
 */
class ItemWritingRulesTest {

  @TempDir Path dir;

  private ContentLoadResult loadWith(String target, String fixture) {
    return ContentFixture.in(dir).write(target, fixture(fixture)).load();
  }

  private static String fixture(String name) {
    try (InputStream in = ItemWritingRulesTest.class.getResourceAsStream("/item-writing/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ContentProblem onlyProblemIn(ContentLoadResult result, String file) {
    assertThat(result.errors())
        .as(ContentFixture.describe(result))
        .filteredOn(p -> p.file().equals(file))
        .hasSize(1);
    return result.errors().stream().filter(p -> p.file().equals(file)).findFirst().orElseThrow();
  }

  @Test
  void aBankWhoseKeysAreMostlyTheLongestOptionIsRefusedNamingThoseKeys() {
    ContentLoadResult result = loadWith(QUIZ_FILE, "cued-bank.quiz.yaml");

    ContentProblem problem = onlyProblemIn(result, QUIZ_FILE);
    assertThat(problem.line()).isEqualTo(7);
    assertThat(problem.message())
        .contains("3 of 4 single-choice questions (75 %)")
        .contains("'purpose', 'leader', 'length'")
        .doesNotContain("'labels'")
        .contains("At most 30 % may (here 1)");
    assertThat(result.snapshot().findQuiz("basics")).isEmpty();
  }

  @Test
  void aTrueFalseBankThatIsMostlyTrueIsRefusedNamingTheTrueItems() {
    ContentLoadResult result = loadWith(QUIZ_FILE, "unbalanced-truefalse.quiz.yaml");

    ContentProblem problem = onlyProblemIn(result, QUIZ_FILE);
    assertThat(problem.line()).isEqualTo(7);
    assertThat(problem.message())
        .contains("5 of 6 true/false answers are true (83 %)")
        .contains("between 35 % and 65 % true")
        .contains("'tf-peers', 'tf-free', 'tf-names', 'tf-faith', 'tf-tools'")
        .doesNotContain("'tf-sponsor'");
  }

  @Test
  void twoQuestionsWithTheSameTextAreRefusedWhateverTheirCaseAndSpaces() {
    ContentLoadResult result = loadWith(QUIZ_FILE, "duplicated-text.quiz.yaml");

    ContentProblem problem = onlyProblemIn(result, QUIZ_FILE);
    assertThat(problem.line()).isEqualTo(17);
    assertThat(problem.message())
        .contains("'peers' (line 7), 'peers-again' (line 17) have the same text")
        .doesNotContain("'sponsor'");
  }

  @Test
  void aModuleBankSmallerThanTwiceItsDrawIsRefusedOnItsDraw() {
    ContentLoadResult result = loadWith(QUIZ_FILE, "short-module-bank.quiz.yaml");

    ContentProblem problem = onlyProblemIn(result, QUIZ_FILE);
    assertThat(problem.line()).as(problem.describe()).isEqualTo(6);
    assertThat(problem.key()).isEqualTo("draw");
    assertThat(problem.message())
        .contains("The bank holds 3 questions for a draw of 2")
        .contains("a module quiz holds at least 2 times its draw (4)")
        .contains("Add 1 question, or lower 'draw'");
  }

  @Test
  void anExamBankSmallerThanThreeTimesItsDrawIsRefusedOnItsDraw() {
    ContentLoadResult result = loadWith(EXAM_FILE, "short-exam.quiz.yaml");

    ContentProblem problem = onlyProblemIn(result, EXAM_FILE);
    assertThat(problem.line()).isEqualTo(6);
    assertThat(problem.message())
        .contains("The bank holds 5 questions for a draw of 2")
        .contains("a course exam holds at least 3 times its draw (6)");
    assertThat(result.snapshot().findQuiz("demo-exam")).isEmpty();
  }

  @Test
  void anExamWithTooFewScenariosIsRefusedNamingItsScenarios() {
    ContentLoadResult result = loadWith(EXAM_FILE, "few-scenarios-exam.quiz.yaml");

    ContentProblem problem = onlyProblemIn(result, EXAM_FILE);
    assertThat(problem.line()).isEqualTo(7);
    assertThat(problem.message())
        .contains("1 of 5 questions (20 %) are scenarios ('scenario: true'): 'x-peers'")
        .contains("at least 40 % (2 here)")
        .contains("Add 1 scenario question.");
  }

  @Test
  void theBuildsCheckPrintsTheRuleBreachAsFileLineMessage() {
    ContentFixture.in(dir).write(QUIZ_FILE, fixture("cued-bank.quiz.yaml"));
    var err = new java.io.ByteArrayOutputStream();
    var out = new java.io.ByteArrayOutputStream();

    int status =
        ContentCheck.run(
            dir,
            new java.io.PrintStream(out, true, StandardCharsets.UTF_8),
            new java.io.PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(status).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("quizzes/basics.quiz.yaml:7: 3 of 4 single-choice questions (75 %)");
    assertThat(out.toString(StandardCharsets.UTF_8))
        .containsPattern("basics +module items +4 +draw all +longest key +3/4 +\\( *75 %\\)");
  }
}
