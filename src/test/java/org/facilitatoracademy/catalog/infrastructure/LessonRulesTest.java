package org.facilitatoracademy.catalog.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.facilitatoracademy.catalog.infrastructure.ContentFixture.LESSON_FILE;
import static org.facilitatoracademy.catalog.infrastructure.ContentFixture.assertProblem;
import static org.facilitatoracademy.catalog.infrastructure.ContentFixture.assertProblemAtKey;

import java.nio.file.Path;
import org.facilitatoracademy.catalog.domain.ContentLoadResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules of a lesson file: front matter, then Markdown. */
class LessonRulesTest {

  @TempDir Path dir;
  ContentFixture content;

  @BeforeEach
  void writeValidContent() {
    content = ContentFixture.in(dir);
  }

  private ContentLoadResult loadLesson(String text) {
    return content.write(LESSON_FILE, text).load();
  }

  @Test
  void aLessonStartsWithFrontMatter() {
    ContentLoadResult result = loadLesson("# Introduction\n\nText.\n");

    assertProblem(result, LESSON_FILE, 1, "A lesson starts with front matter between two '---'");
  }

  @Test
  void theFrontMatterMustBeClosed() {
    ContentLoadResult result = loadLesson("---\nid: basics-intro\ntitle: Introduction\nText.\n");

    assertProblem(result, LESSON_FILE, 1, "The front matter is not closed");
  }

  @Test
  void theFrontMatterNeedsAnId() {
    ContentLoadResult result = loadLesson("---\ntitle: Introduction\n---\nText.\n");

    assertProblemAtKey(result, LESSON_FILE, "id", "The lesson's front matter needs 'id'.");
  }

  @Test
  void theFrontMatterNeedsATitle() {
    ContentLoadResult result = loadLesson("---\nid: basics-intro\n---\nText.\n");

    assertProblemAtKey(result, LESSON_FILE, "title", "The lesson's front matter needs 'title'.");
  }

  @Test
  void minutesAreAWholeNumberAndLinesCountFromTheTopOfTheFile() {
    ContentLoadResult result =
        loadLesson("---\nid: basics-intro\ntitle: Introduction\nminutes: five\n---\nText.\n");

    assertProblem(result, LESSON_FILE, 4, "'minutes' should be a whole number");
  }

  @Test
  void minutesAreOptional() {
    ContentLoadResult result =
        loadLesson("---\nid: basics-intro\ntitle: Introduction\n---\nText.\n");

    assertThat(result.errors()).isEmpty();
    assertThat(result.snapshot().getLesson("basics-intro").minutes()).isEmpty();
  }

  @Test
  void anUnknownFrontMatterKeyIsRefused() {
    ContentLoadResult result =
        loadLesson("---\nid: basics-intro\ntitle: Introduction\nauthor: Sam\n---\nText.\n");

    assertProblem(result, LESSON_FILE, 4, "has the unknown key 'author'");
  }

  @Test
  void aLessonHasTextAfterItsFrontMatter() {
    ContentLoadResult result = loadLesson("---\nid: basics-intro\ntitle: Introduction\n---\n\n");

    assertProblem(result, LESSON_FILE, null, "The lesson has no text after its front matter.");
  }

  @Test
  void lessonIdsAreUniqueAcrossAllModules() {
    content.write(
        "modules/extra/module.yaml",
        """
        id: extra
        title: Extra
        minutes: 5
        objectives:
          - { id: extra-one, text: Do one thing. }
        """);
    content.write("modules/extra/01-again.md", "---\nid: basics-intro\ntitle: Again\n---\nText.\n");

    ContentLoadResult result = content.load();

    assertProblem(
        result,
        "modules/extra/01-again.md",
        2,
        "The lesson id 'basics-intro' is already used by modules/basics/01-intro.md");
    assertThat(result.snapshot().findModule("extra")).isEmpty();
    assertThat(result.snapshot().findModule("basics")).isPresent();
  }
}
