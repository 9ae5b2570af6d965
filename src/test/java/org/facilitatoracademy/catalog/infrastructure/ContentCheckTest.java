package org.facilitatoracademy.catalog.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build's check prints problems the way compilers do and fails the build on any. */
class ContentCheckTest {

  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int check(Path contentDir) {
    return ContentCheck.run(
        contentDir,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void validContentPassesWithTheFiguresOfEveryBankAndAOneLineSummary() {
    ContentFixture.in(dir);

    assertThat(check(dir)).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8).lines())
        .hasSize(4)
        .element(3)
        .isEqualTo(
            "Content is valid: 1 courses, 1 modules, 1 lessons, 2 quizzes with 3 questions.");
    assertThat(out.toString(StandardCharsets.UTF_8).lines().toList().subList(1, 3))
        .satisfiesExactly(
            basics ->
                assertThat(basics)
                    .matches(
                        " +basics +module +items +2 +draw all +longest key +0/1 +\\( *0 %\\)"
                            + " +true +1/1 +\\( *100 %\\) +scenarios +0 \\( *0 %\\)"),
            exam ->
                assertThat(exam)
                    .matches(
                        " +demo-exam +exam +items +1 +draw all +longest key +0/0 +\\( *0 %\\)"
                            + " +true +1/1 +\\( *100 %\\) +scenarios +1 \\( *100 %\\)"));
  }

  @Test
  void everyProblemIsPrintedAsFileLineMessageAndTheCheckFails() {
    ContentFixture.in(dir)
        .write(
            ContentFixture.QUIZ_FILE,
            ContentFixture.QUIZ_HEADER.replace("passMark: 80", "passMark: 0")
                + ContentFixture.SINGLE_QUESTION);

    assertThat(check(dir)).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("quizzes/basics.quiz.yaml:4: 'passMark' is 0; it must be from 1 to 100.")
        .contains("1 problem in the content of");
  }

  @Test
  void problemsWithoutALineNameTheKey() {
    ContentFixture.in(dir)
        .write(ContentFixture.LESSON_FILE, "---\nid: basics-intro\ntitle: Intro\n---\n");

    assertThat(check(dir)).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("modules/basics/01-intro.md: The lesson has no text after its front matter.");
  }

  @Test
  void aMissingFolderFailsTheCheck() {
    assertThat(check(dir.resolve("absent"))).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("The content folder does not exist");
  }
}
