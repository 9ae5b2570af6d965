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
  void validContentPassesWithAOneLineSummary() {
    ContentFixture.in(dir);

    assertThat(check(dir)).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            "Content is valid: 1 courses, 1 modules, 1 lessons, 2 quizzes with 3 questions."
                + System.lineSeparator());
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
