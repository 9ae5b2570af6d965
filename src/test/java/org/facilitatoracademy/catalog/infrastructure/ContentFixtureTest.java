package org.facilitatoracademy.catalog.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.facilitatoracademy.catalog.domain.ContentLoadResult;
import org.facilitatoracademy.catalog.domain.Credential;
import org.facilitatoracademy.catalog.domain.QuestionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fixture every rule test starts from is itself valid, and loads into the model. */
class ContentFixtureTest {

  @TempDir Path dir;

  @Test
  void theFixtureLoadsWithoutProblems() {
    ContentLoadResult result = ContentFixture.in(dir).load();

    assertThat(result.errors()).as(ContentFixture.describe(result)).isEmpty();
    assertThat(result.snapshot().getCourse("demo").credential()).isEqualTo(Credential.FACILITATOR);
    assertThat(result.snapshot().getCourse("demo").description())
        .contains("A course to test the loader with.");
    assertThat(result.snapshot().getModule("basics").lessons())
        .singleElement()
        .satisfies(
            lesson -> {
              assertThat(lesson.id()).isEqualTo("basics-intro");
              assertThat(lesson.file()).isEqualTo(ContentFixture.LESSON_FILE);
              assertThat(lesson.html()).contains("<strong>change</strong>");
            });
    assertThat(result.snapshot().getQuiz("basics").questions())
        .extracting(q -> q.type())
        .containsExactly(QuestionType.SINGLE, QuestionType.TRUEFALSE);
    assertThat(result.loaded())
        .extracting(item -> item.file())
        .containsExactlyInAnyOrder(
            ContentFixture.COURSE_FILE,
            ContentFixture.MODULE_FILE,
            ContentFixture.QUIZ_FILE,
            ContentFixture.EXAM_FILE,
            ContentFixture.CONDUCT_FILE,
            ContentFixture.CONFIDENTIALITY_FILE);
  }
}
