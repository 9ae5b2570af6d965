package org.facilitatoracademy.catalog.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.facilitatoracademy.catalog.infrastructure.ContentFixture.assertProblem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.facilitatoracademy.catalog.domain.ContentLoadResult;
import org.facilitatoracademy.catalog.domain.ContentSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the loader expects of the content folder itself. */
class ContentFolderTest {

  @TempDir Path dir;

  private ContentLoadResult load(Path contentDir) {
    return new ContentLoader().load(contentDir, ContentSnapshot.empty());
  }

  @Test
  void aMissingContentFolderIsAClearError() {
    Path missing = dir.resolve("content");

    ContentLoadResult result = load(missing);

    assertProblem(result, missing.toString(), null, "The content folder does not exist");
  }

  @Test
  void anEmptyContentFolderIsAClearError() {
    ContentLoadResult result = load(dir);

    assertProblem(result, "modules", null, "has no modules/ folder");
    assertProblem(result, "quizzes", null, "has no quizzes/ folder");
    assertThat(result.snapshot().isEmpty()).isTrue();
  }

  @Test
  void aFolderWithoutCoursesIsAClearError() throws IOException {
    Files.createDirectories(dir.resolve("modules"));
    Files.createDirectories(dir.resolve("quizzes"));

    ContentLoadResult result = load(dir);

    assertProblem(result, "modules", null, "There are no courses");
  }

  @Test
  void aMisnamedQuizFileIsReportedNotIgnored() {
    ContentFixture content = ContentFixture.in(dir).write("quizzes/extra.quiz.yml", "id: extra\n");

    ContentLoadResult result = content.load();

    assertProblem(result, "quizzes/extra.quiz.yml", null, "This is not used");
  }

  @Test
  void schemasAndReadmesAreLeftAlone() {
    ContentFixture content =
        ContentFixture.in(dir)
            .write("modules/course.schema.json", "{}")
            .write("quizzes/quiz.schema.json", "{}")
            .write("modules/README.md", "# Authoring\n");

    assertThat(content.load().errors()).isEmpty();
  }

  @Test
  void hiddenFilesAreLeftAlone() {
    ContentFixture content =
        ContentFixture.in(dir).write("quizzes/.DS_Store", "x").write("modules/basics/.notes", "x");

    assertThat(content.load().errors()).isEmpty();
  }
}
