package org.facilitatoracademy.catalog.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.facilitatoracademy.catalog.infrastructure.ContentFixture.COURSE_FILE;
import static org.facilitatoracademy.catalog.infrastructure.ContentFixture.QUIZ_FILE;
import static org.facilitatoracademy.catalog.infrastructure.ContentFixture.assertProblem;

import java.nio.file.Path;
import org.facilitatoracademy.catalog.domain.ContentLoadResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that are not well-formed, too large or hostile are refused with a clear message. */
class YamlSafetyTest {

  @TempDir Path dir;
  ContentFixture content;

  @BeforeEach
  void writeValidContent() {
    content = ContentFixture.in(dir);
  }

  @Test
  void anAliasBombIsRefused() {
    ContentLoadResult result =
        content
            .write(
                QUIZ_FILE,
                """
                a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
                b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
                c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
                d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
                e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
                f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
                """)
            .load();

    assertProblem(
        result,
        QUIZ_FILE,
        null,
        "The file uses more than 10 aliases (*name) of lists or mappings; write the content out"
            + " instead of repeating it through aliases.");
    assertThat(result.snapshot().findQuiz("basics")).isEmpty();
  }

  @Test
  void aFewAliasesAreFine() {
    ContentLoadResult result =
        content
            .quizWith(
                """
                  - id: a
                    type: order
                    objective: basics-format
                    text: Put in order.
                    items: &steps [Check-in, Agenda setting, Check-out]
                    explanation: Because.
                  - id: b
                    type: order
                    text: Again.
                    items: *steps
                    explanation: Because.
                """)
            .load();

    assertThat(result.errors()).isEmpty();
  }

  @Test
  void aFileOverOneMegabyteIsRefusedBeforeItIsRead() {
    String padding = "# " + "x".repeat(100) + "\n";
    ContentLoadResult result =
        content
            .write(
                QUIZ_FILE,
                padding.repeat(11_000)
                    + ContentFixture.QUIZ_HEADER
                    + ContentFixture.SINGLE_QUESTION)
            .load();

    assertProblem(result, QUIZ_FILE, null, "a content file may be at most 1 MB");
  }

  @Test
  void aDuplicateKeyIsRefused() {
    ContentLoadResult result =
        content
            .write(
                COURSE_FILE,
                ContentFixture.COURSE.replace("title: Demo course\n", "title: A\ntitle: B\n"))
            .load();

    assertProblem(result, COURSE_FILE, 3, "The course has the key 'title' twice (lines 2 and 3)");
  }

  @Test
  void invalidYamlNamesTheLineAndTheUsualFix() {
    ContentLoadResult result =
        content
            .write(
                COURSE_FILE, ContentFixture.COURSE.replace("title: Demo course", "title: Note: a"))
            .load();

    assertProblem(result, COURSE_FILE, 2, "This is not valid YAML: mapping values are not allowed");
    assertProblem(result, COURSE_FILE, 2, "must be put in quotes");
  }

  @Test
  void aFileThatIsNotUtf8IsRefused() {
    ContentLoadResult result =
        content.writeBytes(COURSE_FILE, new byte[] {'i', 'd', ':', ' ', (byte) 0xFF, '\n'}).load();

    assertProblem(result, COURSE_FILE, null, "The file is not saved as UTF-8 text");
  }

  @Test
  void anEmptyFileIsRefused() {
    ContentLoadResult result = content.write(COURSE_FILE, "# nothing yet\n").load();

    assertProblem(result, COURSE_FILE, 1, "The file is empty.");
  }

  @Test
  void aFileMustHoldKeysAndValues() {
    ContentLoadResult result = content.write(COURSE_FILE, "- demo\n- other\n").load();

    assertProblem(result, COURSE_FILE, 1, "The course should hold keys and values");
  }

  @Test
  void tagsCannotConstructObjects() {
    ContentLoadResult result =
        content
            .write(
                COURSE_FILE,
                ContentFixture.COURSE.replace(
                    "title: Demo course", "title: !!javax.script.ScriptEngineManager [x]"))
            .load();

    assertProblem(result, COURSE_FILE, 2, "Tags such as !!name have no place in content");
  }

  @Test
  void localTagsAreNotText() {
    ContentLoadResult result =
        content
            .write(
                COURSE_FILE, ContentFixture.COURSE.replace("title: Demo course", "title: !x Demo"))
            .load();

    assertProblem(result, COURSE_FILE, 2, "'title' should be text, but Demo carries the tag !x");
  }
}
