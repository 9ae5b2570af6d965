package org.facilitatoracademy.catalog.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.facilitatoracademy.catalog.infrastructure.ContentFixture.EXAM_FILE;
import static org.facilitatoracademy.catalog.infrastructure.ContentFixture.QUIZ_FILE;
import static org.facilitatoracademy.catalog.infrastructure.ContentFixture.SINGLE_QUESTION;
import static org.facilitatoracademy.catalog.infrastructure.ContentFixture.TRUEFALSE_QUESTION;
import static org.facilitatoracademy.catalog.infrastructure.ContentFixture.assertProblem;
import static org.facilitatoracademy.catalog.infrastructure.ContentFixture.assertProblemAtKey;

import java.nio.file.Path;
import org.facilitatoracademy.catalog.domain.ContentLoadResult;
import org.facilitatoracademy.catalog.domain.Quiz;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules of {@code quizzes/<quiz-id>.quiz.yaml} as a whole. */
class QuizRulesTest {

  @TempDir Path dir;
  ContentFixture content;

  @BeforeEach
  void writeValidContent() {
    content = ContentFixture.in(dir);
  }

  private ContentLoadResult loadQuiz(String header) {
    return content.write(QUIZ_FILE, header + SINGLE_QUESTION).load();
  }

  @Test
  void theIdMustEqualTheFileName() {
    ContentLoadResult result =
        loadQuiz(
            """
            id: basics-quiz
            title: Basics quiz
            module: basics
            passMark: 80
            questions:
            """);

    assertProblem(
        result,
        QUIZ_FILE,
        1,
        "the file must be called quizzes/basics-quiz.quiz.yaml, or the id must be 'basics'");
  }

  @Test
  void aQuizBelongsToAModuleOrACourseNotBoth() {
    ContentLoadResult result =
        loadQuiz(
            """
            id: basics
            title: Basics quiz
            module: basics
            course: demo
            passMark: 80
            questions:
            """);

    assertProblem(result, QUIZ_FILE, 4, "not both: remove 'module' or 'course'");
  }

  @Test
  void aQuizBelongsToAModuleOrACourse() {
    ContentLoadResult result =
        loadQuiz(
            """
            id: basics
            title: Basics quiz
            passMark: 80
            questions:
            """);

    assertProblem(result, QUIZ_FILE, 1, "The quiz needs 'module: <module id>'");
  }

  @Test
  void thePassMarkIsAPercentage() {
    ContentLoadResult result =
        loadQuiz(
            """
            id: basics
            title: Basics quiz
            module: basics
            passMark: 120
            questions:
            """);

    assertProblem(result, QUIZ_FILE, 4, "'passMark' is 120; it must be from 1 to 100.");
  }

  @Test
  void thePassMarkIsRequired() {
    ContentLoadResult result =
        loadQuiz(
            """
            id: basics
            title: Basics quiz
            module: basics
            questions:
            """);

    assertProblemAtKey(result, QUIZ_FILE, "passMark", "The quiz needs 'passMark'.");
  }

  @Test
  void maxAttemptsIsAtLeastOne() {
    ContentLoadResult result =
        loadQuiz(
            """
            id: basics
            title: Basics quiz
            module: basics
            passMark: 80
            maxAttempts: 0
            questions:
            """);

    assertProblem(result, QUIZ_FILE, 5, "'maxAttempts' is 0; it must be at least 1.");
  }

  @Test
  void maxAttemptsAndSpacingHaveDefaults() {
    ContentLoadResult result =
        loadQuiz(
            """
            id: basics
            title: Basics quiz
            module: basics
            passMark: 80
            questions:
            """);

    Quiz quiz = result.snapshot().getQuiz("basics");
    assertThat(quiz.maxAttempts()).isEqualTo(3);
    assertThat(quiz.minDaysBetweenAttempts()).isZero();
    assertThat(quiz.draw()).isEmpty();
    assertThat(quiz.questionsPerAttempt()).isEqualTo(1);
  }

  @Test
  void drawCannotExceedTheNumberOfQuestions() {
    ContentLoadResult result =
        loadQuiz(
            """
            id: basics
            title: Basics quiz
            module: basics
            passMark: 80
            draw: 10
            questions:
            """);

    assertProblem(
        result,
        QUIZ_FILE,
        5,
        "The quiz draws 10 questions per attempt but has only 1; 'draw' can be at most 1.");
  }

  @Test
  void drawIsAtLeastOne() {
    ContentLoadResult result =
        loadQuiz(
            """
            id: basics
            title: Basics quiz
            module: basics
            passMark: 80
            draw: 0
            questions:
            """);

    assertProblem(result, QUIZ_FILE, 5, "'draw' is 0; it must be at least 1.");
  }

  @Test
  void aQuizHasAtLeastOneQuestion() {
    ContentLoadResult result =
        content
            .write(
                QUIZ_FILE,
                """
                id: basics
                title: Basics quiz
                module: basics
                passMark: 80
                questions: []
                """)
            .load();

    assertProblem(result, QUIZ_FILE, 5, "The quiz has no questions; add at least one.");
  }

  @Test
  void questionIdsAreUniqueInTheQuiz() {
    ContentLoadResult result = content.quizWith(SINGLE_QUESTION + SINGLE_QUESTION).load();

    assertProblem(result, QUIZ_FILE, 15, "Two questions have the id 'purpose' (lines 6 and 15)");
  }

  @Test
  void theModuleMustExist() {
    ContentLoadResult result =
        loadQuiz(
            """
            id: basics
            title: Basics quiz
            module: basic
            passMark: 80
            questions:
            """);

    assertProblem(
        result,
        QUIZ_FILE,
        3,
        "The quiz belongs to the module 'basic', but there is no such module");
  }

  @Test
  void aModuleHasOneQuiz() {
    content.write(
        "quizzes/basics-extra.quiz.yaml",
        ContentFixture.QUIZ_HEADER.replace("id: basics\n", "id: basics-extra\n") + SINGLE_QUESTION);

    ContentLoadResult result = content.load();

    assertProblem(
        result,
        "quizzes/basics-extra.quiz.yaml",
        3,
        "The module 'basics' already has the quiz 'basics'; a module has one quiz.");
  }

  @Test
  void anExamsCourseMustExist() {
    ContentLoadResult result =
        content
            .write(EXAM_FILE, ContentFixture.EXAM.replace("course: demo", "course: demo2"))
            .load();

    assertProblem(
        result,
        EXAM_FILE,
        3,
        "The quiz is the exam of the course 'demo2', but there is no such course");
  }

  @Test
  void anExamsCourseMustNameItAsItsExam() {
    content.write(
        "quizzes/second-exam.quiz.yaml",
        ContentFixture.EXAM.replace("id: demo-exam", "id: second-exam"));

    ContentLoadResult result = content.load();

    assertProblem(
        result,
        "quizzes/second-exam.quiz.yaml",
        3,
        "The quiz is the exam of the course 'demo', but modules/demo.course.yaml names 'demo-exam'"
            + " as its exam");
  }

  @Test
  void aQuestionsObjectiveMustBeAnObjectiveOfTheQuizsModule() {
    ContentLoadResult result =
        content.quizWith(SINGLE_QUESTION.replace("basics-purpose", "urges-deads")).load();

    assertProblem(
        result,
        QUIZ_FILE,
        9,
        "Question 'purpose' tests the objective 'urges-deads', which is not an objective of the"
            + " module 'basics'.");
    assertProblemAtKey(result, QUIZ_FILE, "questions[0].objective", "urges-deads");
  }

  @Test
  void anExamQuestionsObjectiveMustBeInOneOfTheCoursesModules() {
    ContentLoadResult result =
        content
            .write(
                EXAM_FILE,
                ContentFixture.EXAM.replace("objective: basics-purpose", "objective: x-y"))
            .load();

    assertProblem(
        result,
        EXAM_FILE,
        11,
        "tests the objective 'x-y', which is not an objective of any module of the course 'demo'");
  }

  @Test
  void aCourseWhoseExamIsBrokenSaysSo() {
    ContentLoadResult result = content.write(EXAM_FILE, "id: demo-exam\n").load();

    assertProblem(
        result,
        ContentFixture.COURSE_FILE,
        8,
        "The course's exam is 'demo-exam', which has problems of its own (see"
            + " quizzes/demo-exam.quiz.yaml)");
    assertThat(result.snapshot().findCourse("demo")).isEmpty();
  }

  @Test
  void trueFalseOnlyQuizzesAreFine() {
    ContentLoadResult result = content.quizWith(TRUEFALSE_QUESTION).load();

    assertThat(result.errors()).isEmpty();
  }
}
