package org.facilitatoracademy.catalog.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.facilitatoracademy.catalog.infrastructure.ContentFixture.LESSON_FILE;
import static org.facilitatoracademy.catalog.infrastructure.ContentFixture.MODULE_FILE;
import static org.facilitatoracademy.catalog.infrastructure.ContentFixture.assertProblem;
import static org.facilitatoracademy.catalog.infrastructure.ContentFixture.assertProblemAtKey;

import java.nio.file.Path;
import org.facilitatoracademy.catalog.domain.ContentLoadResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules of {@code modules/<module-id>/module.yaml} and of the module folder. */
class ModuleRulesTest {

  @TempDir Path dir;
  ContentFixture content;

  @BeforeEach
  void writeValidContent() {
    content = ContentFixture.in(dir);
  }

  private ContentLoadResult loadModule(String yaml) {
    return content.write(MODULE_FILE, yaml).load();
  }

  @Test
  void theIdMustEqualTheFolderName() {
    ContentLoadResult result =
        loadModule(
            """
            id: basic
            title: Basics
            minutes: 10
            objectives:
              - { id: basics-purpose, text: Say what it is for. }
            """);

    assertProblem(
        result, MODULE_FILE, 1, "The module's id is 'basic' but its folder is called 'basics'");
  }

  @Test
  void aTitleIsRequired() {
    ContentLoadResult result =
        loadModule(
            """
            id: basics
            minutes: 10
            objectives:
              - { id: basics-purpose, text: Say what it is for. }
            """);

    assertProblemAtKey(result, MODULE_FILE, "title", "The module needs 'title'.");
  }

  @Test
  void minutesAreRequired() {
    ContentLoadResult result =
        loadModule(
            """
            id: basics
            title: Basics
            objectives:
              - { id: basics-purpose, text: Say what it is for. }
            """);

    assertProblemAtKey(result, MODULE_FILE, "minutes", "The module needs 'minutes'.");
  }

  @Test
  void minutesAreAPositiveWholeNumber() {
    ContentLoadResult result =
        loadModule(
            """
            id: basics
            title: Basics
            minutes: 0
            objectives:
              - { id: basics-purpose, text: Say what it is for. }
            """);

    assertProblem(result, MODULE_FILE, 3, "'minutes' is 0; it must be at least 1.");
  }

  @Test
  void objectivesAreRequired() {
    ContentLoadResult result =
        loadModule(
            """
            id: basics
            title: Basics
            minutes: 10
            """);

    assertProblemAtKey(result, MODULE_FILE, "objectives", "The module needs 'objectives'");
  }

  @Test
  void objectiveIdsAreUniqueInTheModule() {
    ContentLoadResult result =
        loadModule(
            """
            id: basics
            title: Basics
            minutes: 10
            objectives:
              - { id: basics-purpose, text: Say what it is for. }
              - { id: basics-purpose, text: Describe the format. }
            """);

    assertProblem(result, MODULE_FILE, 6, "Two objectives have the id 'basics-purpose'");
  }

  @Test
  void anObjectiveNeedsAText() {
    ContentLoadResult result =
        loadModule(
            """
            id: basics
            title: Basics
            minutes: 10
            objectives:
              - id: basics-purpose
            """);

    assertProblemAtKey(result, MODULE_FILE, "objectives[0].text", "Objective 1 needs 'text'.");
  }

  @Test
  void aModuleFolderNeedsAModuleYaml() {
    ContentLoadResult result = content.delete(MODULE_FILE).load();

    assertProblem(result, MODULE_FILE, null, "This module folder has no module.yaml");
  }

  @Test
  void aModuleNeedsAtLeastOneLesson() {
    ContentLoadResult result = content.delete(LESSON_FILE).load();

    assertProblem(result, MODULE_FILE, null, "The module has no lessons");
  }

  @Test
  void aLessonFileNameStartsWithItsNumber() {
    ContentLoadResult result =
        content.write("modules/basics/intro.md", ContentFixture.LESSON).load();

    assertProblem(
        result, "modules/basics/intro.md", null, "A lesson's file name is its number and a name");
  }

  @Test
  void aFileThatIsNotContentIsReportedNotIgnored() {
    ContentLoadResult result = content.write("modules/basics/module.yml", "id: basics").load();

    assertProblem(result, "modules/basics/module.yml", null, "This is not used");
  }

  @Test
  void lessonsAreOrderedByFileName() {
    content.write(
        "modules/basics/02-more.md", "---\nid: basics-more\ntitle: More\n---\nMore text.\n");
    content.write(
        "modules/basics/00-first.md", "---\nid: basics-first\ntitle: First\n---\nFirst text.\n");

    ContentLoadResult result = content.load();

    assertThat(result.snapshot().getModule("basics").lessons())
        .extracting(l -> l.id())
        .containsExactly("basics-first", "basics-intro", "basics-more");
  }
}
