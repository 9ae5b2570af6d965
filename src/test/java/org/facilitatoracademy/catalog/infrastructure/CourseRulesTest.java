package org.facilitatoracademy.catalog.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.facilitatoracademy.catalog.infrastructure.ContentFixture.COURSE_FILE;
import static org.facilitatoracademy.catalog.infrastructure.ContentFixture.assertProblem;
import static org.facilitatoracademy.catalog.infrastructure.ContentFixture.assertProblemAtKey;

import java.nio.file.Path;
import org.facilitatoracademy.catalog.domain.ContentLoadResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules of {@code modules/<course-id>.course.yaml}, one malformed file each. */
class CourseRulesTest {

  @TempDir Path dir;
  ContentFixture content;

  @BeforeEach
  void writeValidContent() {
    content = ContentFixture.in(dir);
  }

  private ContentLoadResult loadCourse(String yaml) {
    return content.write(COURSE_FILE, yaml).load();
  }

  @Test
  void anIdMayHoldOnlyLowercaseLettersDigitsAndHyphens() {
    ContentLoadResult result =
        loadCourse(
            """
            id: Demo_Course
            title: Demo
            version: "1"
            credential: NONE
            modules: [basics]
            """);

    assertProblem(result, COURSE_FILE, 1, "'Demo_Course' is not a valid id");
  }

  @Test
  void theIdMustEqualTheFileName() {
    ContentLoadResult result =
        loadCourse(
            """
            id: other
            title: Demo
            version: "1"
            credential: NONE
            modules: [basics]
            """);

    assertProblem(result, COURSE_FILE, 1, "does not match the file name");
  }

  @Test
  void aTitleIsRequired() {
    ContentLoadResult result =
        loadCourse(
            """
            id: demo
            version: "1"
            credential: NONE
            modules: [basics]
            """);

    assertProblemAtKey(result, COURSE_FILE, "title", "The course needs 'title'.");
  }

  @Test
  void theVersionMustBeTextNotANumber() {
    ContentLoadResult result =
        loadCourse(
            """
            id: demo
            title: Demo
            version: 2026.1
            credential: NONE
            modules: [basics]
            """);

    assertProblem(result, COURSE_FILE, 3, "2026.1 is read as a number");
    assertProblem(result, COURSE_FILE, 3, "Put it in quotes");
  }

  @Test
  void theCredentialMustBeOneTheAcademyIssues() {
    ContentLoadResult result =
        loadCourse(
            """
            id: demo
            title: Demo
            version: "1"
            credential: MENTOR
            modules: [basics]
            """);

    assertProblem(result, COURSE_FILE, 4, "use one of FACILITATOR, HOST, NONE");
  }

  @Test
  void theModulesListIsRequired() {
    ContentLoadResult result =
        loadCourse(
            """
            id: demo
            title: Demo
            version: "1"
            credential: NONE
            """);

    assertProblemAtKey(result, COURSE_FILE, "modules", "The course needs 'modules'");
  }

  @Test
  void theModulesListMayNotBeEmpty() {
    ContentLoadResult result =
        loadCourse(
            """
            id: demo
            title: Demo
            version: "1"
            credential: NONE
            modules: []
            """);

    assertProblem(result, COURSE_FILE, 5, "lists no modules");
  }

  @Test
  void aModuleIsListedOnlyOnce() {
    ContentLoadResult result =
        loadCourse(
            """
            id: demo
            title: Demo
            version: "1"
            credential: NONE
            modules:
              - basics
              - basics
            """);

    assertProblem(result, COURSE_FILE, 7, "The module 'basics' is listed twice");
  }

  @Test
  void everyListedModuleMustExist() {
    ContentLoadResult result =
        loadCourse(
            """
            id: demo
            title: Demo
            version: "1"
            credential: NONE
            modules:
              - basics
              - advanced
            exam: demo-exam
            """);

    assertProblem(
        result,
        COURSE_FILE,
        7,
        "The course lists the module 'advanced', but there is no such module (folder"
            + " modules/advanced with a module.yaml).");
    assertProblemAtKey(result, COURSE_FILE, "modules[1]", "'advanced'");
  }

  @Test
  void theExamMustExist() {
    ContentLoadResult result =
        loadCourse(
            """
            id: demo
            title: Demo
            version: "1"
            credential: NONE
            modules: [basics]
            exam: final-exam
            """);

    assertProblem(
        result,
        COURSE_FILE,
        6,
        "The course's exam is 'final-exam', but there is no such quiz (file"
            + " quizzes/final-exam.quiz.yaml).");
  }

  @Test
  void theExamMustBeACourseExamNotAModuleQuiz() {
    ContentLoadResult result =
        loadCourse(
            """
            id: demo
            title: Demo
            version: "1"
            credential: NONE
            modules: [basics]
            exam: basics
            """);

    assertProblem(result, COURSE_FILE, 6, "that quiz belongs to the module 'basics'");
  }

  @Test
  void theExamMustBelongToThisCourse() {
    content.write(
        "modules/other.course.yaml",
        """
        id: other
        title: Other
        version: "1"
        credential: NONE
        modules: [basics]
        exam: demo-exam
        """);

    ContentLoadResult result = content.load();

    assertProblem(
        result,
        "modules/other.course.yaml",
        6,
        "The course's exam is 'demo-exam', but that quiz is the exam of the course 'demo'.");
    assertThat(result.errors()).extracting(p -> p.file()).doesNotContain(COURSE_FILE);
  }

  @Test
  void aMisspeltKeyIsRefusedWithASuggestion() {
    ContentLoadResult result =
        loadCourse(
            """
            id: demo
            title: Demo
            version: "1"
            credential: NONE
            modules: [basics]
            exam: demo-exam
            descripton: A typo.
            """);

    assertProblem(
        result,
        COURSE_FILE,
        7,
        "The course has the unknown key 'descripton'. Did you mean" + " 'description'?");
  }
}
