package org.facilitatoracademy.catalog.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.facilitatoracademy.catalog.domain.ContentLoadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The JSON Schemas that editors use and the loader that the build uses must agree: every content
 * file of the repository passes its schema, the test fixture passes too, and files the loader
 * refuses for their shape are refused by the schema as well.
 */
class ContentSchemaTest {

  private static final Path BASE = RepositoryContent.folder();
  private static final Path COURSE_SCHEMA = BASE.resolve("modules/course.schema.json");
  private static final Path MODULE_SCHEMA = BASE.resolve("modules/module.schema.json");
  private static final Path QUIZ_SCHEMA = BASE.resolve("quizzes/quiz.schema.json");

  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  @TempDir Path dir;

  @Test
  void everyRepositoryContentFilePassesItsSchema() throws IOException {
    List<String> failures = new ArrayList<>();
    List<Path> checked = new ArrayList<>();
    for (Path file : files(BASE.resolve("modules"), 1, ".course.yaml")) {
      failures.addAll(check(COURSE_SCHEMA, file));
      checked.add(file);
    }
    for (Path file : files(BASE.resolve("modules"), 2, "/module.yaml")) {
      failures.addAll(check(MODULE_SCHEMA, file));
      checked.add(file);
    }
    for (Path file : files(BASE.resolve("quizzes"), 1, ".quiz.yaml")) {
      failures.addAll(check(QUIZ_SCHEMA, file));
      checked.add(file);
    }
    assertThat(checked).as("content files found").isNotEmpty();
    assertThat(failures).as(String.join("\n", failures)).isEmpty();
  }

  @Test
  void theValidFixturePassesTheSchemas() {
    ContentFixture content = ContentFixture.in(dir);

    assertThat(check(COURSE_SCHEMA, content.root().resolve(ContentFixture.COURSE_FILE))).isEmpty();
    assertThat(check(MODULE_SCHEMA, content.root().resolve(ContentFixture.MODULE_FILE))).isEmpty();
    assertThat(check(QUIZ_SCHEMA, content.root().resolve(ContentFixture.QUIZ_FILE))).isEmpty();
    assertThat(check(QUIZ_SCHEMA, content.root().resolve(ContentFixture.EXAM_FILE))).isEmpty();
  }

  @Test
  void everyLessonsFrontMatterPassesTheLessonPartOfTheModuleSchema() throws IOException {
    Schema lesson = lessonFrontMatterSchema();
    List<Path> lessons =
        files(BASE.resolve("modules"), 2, ".md").stream()
            .filter(f -> !f.getParent().getFileName().toString().equals("agreements"))
            .toList();
    List<String> failures = new ArrayList<>();
    for (Path file : lessons) {
      failures.addAll(checkFrontMatter(lesson, Files.readString(file), file.toString()));
    }
    assertThat(lessons).as("lessons found").isNotEmpty();
    assertThat(failures).as(String.join("\n", failures)).isEmpty();
  }

  @Test
  void aPrintableFlagThatIsNotTrueOrFalseIsRefusedByTheLoaderAndTheSchema() throws IOException {
    String lesson = "---\nid: basics-intro\ntitle: Intro\nprintable: sometimes\n---\nText.\n";

    ContentLoadResult result =
        ContentFixture.in(dir).write(ContentFixture.LESSON_FILE, lesson).load();

    assertThat(result.errors()).extracting(p -> p.file()).contains(ContentFixture.LESSON_FILE);
    assertThat(checkFrontMatter(lessonFrontMatterSchema(), lesson, "lesson")).isNotEmpty();
    assertThat(
            checkFrontMatter(
                lessonFrontMatterSchema(), lesson.replace("sometimes", "true"), "lesson"))
        .isEmpty();
  }

  private static Schema lessonFrontMatterSchema() throws IOException {
    ObjectMapper json = new ObjectMapper();
    String part =
        json.writeValueAsString(
            json.readTree(Files.readString(MODULE_SCHEMA)).path("$defs").path("lessonFrontMatter"));
    return REGISTRY.getSchema(part, InputFormat.JSON);
  }

  private static List<String> checkFrontMatter(Schema schema, String lesson, String name)
      throws IOException {
    String frontMatter = lesson.substring(4, lesson.indexOf("\n---", 3));
    Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(frontMatter);
    return schema
        .validate(new ObjectMapper().writeValueAsString(document), InputFormat.JSON)
        .stream()
        .map(e -> name + ": " + e.getMessage())
        .toList();
  }

  static Stream<Arguments> malformedFiles() {
    String course = ContentFixture.COURSE;
    String quiz = ContentFixture.QUIZ_HEADER;
    String single = ContentFixture.SINGLE_QUESTION;
    String trueFalse = ContentFixture.TRUEFALSE_QUESTION;
    return Stream.of(
        Arguments.of("course: unknown key", ContentFixture.COURSE_FILE, course + "descripton: x\n"),
        Arguments.of(
            "course: missing title",
            ContentFixture.COURSE_FILE,
            course.replace("title: Demo course\n", "")),
        Arguments.of(
            "course: version as a number",
            ContentFixture.COURSE_FILE,
            course.replace("\"2026.1\"", "2026.1")),
        Arguments.of(
            "course: unknown credential",
            ContentFixture.COURSE_FILE,
            course.replace("FACILITATOR", "MENTOR")),
        Arguments.of(
            "course: bad id", ContentFixture.COURSE_FILE, course.replace("id: demo", "id: Demo")),
        Arguments.of(
            "module: missing minutes",
            ContentFixture.MODULE_FILE,
            ContentFixture.MODULE.replace("minutes: 10\n", "")),
        Arguments.of(
            "module: empty objectives",
            ContentFixture.MODULE_FILE,
            ContentFixture.MODULE.substring(0, ContentFixture.MODULE.indexOf("objectives:"))
                + "objectives: []\n"),
        Arguments.of(
            "quiz: module and course", ContentFixture.QUIZ_FILE, quiz + single + "course: demo\n"),
        Arguments.of(
            "quiz: pass mark over 100",
            ContentFixture.QUIZ_FILE,
            quiz.replace("passMark: 80", "passMark: 101") + single),
        Arguments.of(
            "quiz: draw of 0",
            ContentFixture.QUIZ_FILE,
            quiz.replace("questions:", "draw: 0\nquestions:") + single),
        Arguments.of(
            "quiz: no questions",
            ContentFixture.QUIZ_FILE,
            quiz.replace("questions:", "questions: []")),
        Arguments.of(
            "question: two correct options",
            ContentFixture.QUIZ_FILE,
            quiz
                + single.replace(
                    "{ id: b, text: Therapy }", "{ id: b, text: Therapy, correct: true }")),
        Arguments.of(
            "question: truefalse without answer",
            ContentFixture.QUIZ_FILE,
            quiz + trueFalse.replace("    answer: true\n", "")),
        Arguments.of(
            "question: options on a truefalse",
            ContentFixture.QUIZ_FILE,
            quiz + trueFalse + "    options: [{ text: A }, { text: B }]\n"),
        Arguments.of(
            "question: unknown type",
            ContentFixture.QUIZ_FILE,
            quiz + single.replace("single", "multi")),
        Arguments.of(
            "question: no explanation",
            ContentFixture.QUIZ_FILE,
            quiz + trueFalse.replace("    explanation: They are.\n", "")),
        Arguments.of(
            "question: zero points",
            ContentFixture.QUIZ_FILE,
            quiz + trueFalse.replace("type: truefalse", "type: truefalse\n    points: 0")),
        Arguments.of(
            "option: comma in a one-line mapping",
            ContentFixture.QUIZ_FILE,
            quiz + single.replace("text: Therapy", "text: Therapy, or not")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedFiles")
  void aFileTheLoaderRefusesForItsShapeTheSchemaRefusesToo(String rule, String file, String yaml) {
    ContentFixture content = ContentFixture.in(dir).write(file, yaml);
    Path schema =
        file.endsWith(".course.yaml")
            ? COURSE_SCHEMA
            : file.endsWith("module.yaml") ? MODULE_SCHEMA : QUIZ_SCHEMA;

    ContentLoadResult result = content.load();

    assertThat(result.errors())
        .as("loader problems for " + rule)
        .extracting(p -> p.file())
        .contains(file);
    assertThat(check(schema, content.root().resolve(file)))
        .as("schema errors for " + rule)
        .isNotEmpty();
  }

  private static List<Path> files(Path folder, int depth, String suffix) throws IOException {
    try (Stream<Path> files = Files.walk(folder, depth)) {
      return files.filter(f -> f.toString().replace('\\', '/').endsWith(suffix)).sorted().toList();
    }
  }

  /** YAML read the way YAML 1.1 resolves it (as the loader does), then checked as JSON. */
  private static List<String> check(Path schemaFile, Path contentFile) {
    try {
      Object document =
          new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(contentFile));
      String json = new ObjectMapper().writeValueAsString(document);
      Schema schema = REGISTRY.getSchema(Files.readString(schemaFile), InputFormat.JSON);
      List<Error> errors = schema.validate(json, InputFormat.JSON);
      return errors.stream()
          .map(e -> BASE.relativize(contentFile.toAbsolutePath()) + ": " + e.getMessage())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
