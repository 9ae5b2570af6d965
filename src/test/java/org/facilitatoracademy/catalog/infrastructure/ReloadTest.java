package org.facilitatoracademy.catalog.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.facilitatoracademy.catalog.infrastructure.ContentFixture.COURSE_FILE;
import static org.facilitatoracademy.catalog.infrastructure.ContentFixture.LESSON_FILE;
import static org.facilitatoracademy.catalog.infrastructure.ContentFixture.QUIZ_FILE;
import static org.facilitatoracademy.catalog.infrastructure.ContentFixture.SINGLE_QUESTION;
import static org.facilitatoracademy.catalog.infrastructure.ContentFixture.TRUEFALSE_QUESTION;

import java.nio.file.Path;
import org.facilitatoracademy.catalog.domain.ContentLoadResult;
import org.facilitatoracademy.catalog.domain.ContentSnapshot;
import org.facilitatoracademy.catalog.domain.LoadedItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A reload never takes good content away because of a broken file, and picks up fixes. */
class ReloadTest {

  @TempDir Path dir;
  ContentFixture content;
  ContentSnapshot live;

  @BeforeEach
  void loadValidContent() {
    content = ContentFixture.in(dir);
    live = content.load().snapshot();
  }

  @Test
  void aBrokenFileLeavesTheLastGoodVersionLive() {
    ContentLoadResult result =
        content.write(QUIZ_FILE, "id: basics\ntitle: [unclosed\n").load(live);

    assertThat(result.errors()).extracting(p -> p.file()).containsOnly(QUIZ_FILE);
    assertThat(result.snapshot().getQuiz("basics")).isEqualTo(live.getQuiz("basics"));
    assertThat(result.loaded()).extracting(LoadedItem::file).doesNotContain(QUIZ_FILE);
  }

  @Test
  void aFixedFileIsPickedUp() {
    ContentSnapshot withBrokenQuiz = content.write(QUIZ_FILE, "id: basics\n").load(live).snapshot();

    ContentLoadResult result = content.quizWith(TRUEFALSE_QUESTION).load(withBrokenQuiz);

    assertThat(result.errors()).isEmpty();
    assertThat(result.snapshot().getQuiz("basics").questions())
        .extracting(q -> q.id())
        .containsExactly("peers");
    assertThat(result.loaded())
        .filteredOn(item -> item.file().equals(QUIZ_FILE))
        .singleElement()
        .satisfies(
            item -> {
              assertThat(item.id()).isEqualTo("basics");
              assertThat(item.contentVersion())
                  .isEqualTo(result.snapshot().getQuiz("basics").contentVersion())
                  .isNotEqualTo(live.getQuiz("basics").contentVersion());
            });
  }

  @Test
  void aBrokenLessonKeepsTheWholePreviousModuleLive() {
    ContentLoadResult result =
        content.write(LESSON_FILE, "---\nid: basics-intro\n---\nNew text.\n").load(live);

    assertThat(result.errors()).extracting(p -> p.file()).containsOnly(LESSON_FILE);
    assertThat(result.snapshot().getLesson("basics-intro").html()).contains("change");
    assertThat(result.snapshot().getModule("basics")).isEqualTo(live.getModule("basics"));
  }

  @Test
  void aNewFileThatIsBrokenStaysOut() {
    ContentLoadResult result = content.write("quizzes/extra.quiz.yaml", "id: extra\n").load(live);

    assertThat(result.snapshot().findQuiz("extra")).isEmpty();
    assertThat(result.snapshot().quizzes()).hasSize(2);
  }

  @Test
  void aReferenceThatNoLongerHoldsKeepsThePreviousVersionOfTheReferringFile() {
    ContentLoadResult result =
        content
            .write(COURSE_FILE, ContentFixture.COURSE.replace("- basics", "- basics\n  - gone"))
            .load(live);

    assertThat(result.errors())
        .singleElement()
        .satisfies(p -> assertThat(p.file()).isEqualTo(COURSE_FILE));
    assertThat(result.snapshot().getCourse("demo")).isEqualTo(live.getCourse("demo"));
  }

  @Test
  void aDeletedFileTakesItsContentAway() {
    ContentLoadResult result = content.delete(QUIZ_FILE).load(live);

    assertThat(result.errors()).isEmpty();
    assertThat(result.snapshot().findQuiz("basics")).isEmpty();
  }

  @Test
  void contentVersionsChangeOnlyWhenTheSourceChanges() {
    ContentSnapshot again = content.load(live).snapshot();
    assertThat(again.getModule("basics").contentVersion())
        .isEqualTo(live.getModule("basics").contentVersion())
        .hasSize(12);

    ContentSnapshot edited =
        content.write(LESSON_FILE, ContentFixture.LESSON + "More.\n").load(live).snapshot();

    assertThat(edited.getModule("basics").contentVersion())
        .isNotEqualTo(live.getModule("basics").contentVersion());
    assertThat(edited.getCourse("demo").contentVersion())
        .isEqualTo(live.getCourse("demo").contentVersion());
  }

  @Test
  void aMissingContentFolderKeepsEverythingLive() {
    ContentLoadResult result = new ContentLoader().load(dir.resolve("nowhere"), live);

    assertThat(result.errors()).isNotEmpty();
    assertThat(result.snapshot()).isSameAs(live);
  }

  @Test
  void reloadingUnchangedContentLoadsEveryItemAgain() {
    ContentLoadResult result = content.quizWith(SINGLE_QUESTION).load(live);

    assertThat(result.errors()).isEmpty();
    assertThat(result.loaded()).as("4 items and the 2 agreements").hasSize(6);
  }
}
