package org.facilitatoracademy.catalog.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.facilitatoracademy.catalog.infrastructure.ContentFixture.EXAM_FILE;
import static org.facilitatoracademy.catalog.infrastructure.ContentFixture.QUIZ_FILE;
import static org.facilitatoracademy.catalog.infrastructure.ContentFixture.SINGLE_QUESTION;
import static org.facilitatoracademy.catalog.infrastructure.ContentFixture.assertProblem;

import java.nio.file.Path;
import org.facilitatoracademy.catalog.domain.ContentLoadResult;
import org.facilitatoracademy.catalog.domain.ReviewPolicy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code review: full | areas} in a quiz file, and its defaults by kind of quiz. */
class ReviewPolicyRulesTest {

  @TempDir Path dir;
  ContentFixture content;

  @BeforeEach
  void writeValidContent() {
    content = ContentFixture.in(dir);
  }

  private ContentLoadResult loadQuiz(String review) {
    return content
        .write(
            QUIZ_FILE,
            """
            id: basics
            title: Basics quiz
            module: basics
            passMark: 80
            """
                + review
                + "questions:\n"
                + SINGLE_QUESTION)
        .load();
  }

  @Test
  void aModuleQuizReviewsEveryQuestionAndAnExamByAreaUnlessTheFileSaysOtherwise() {
    ContentLoadResult result = loadQuiz("");

    assertThat(result.errors()).isEmpty();
    assertThat(result.snapshot().getQuiz("basics").review()).isEqualTo(ReviewPolicy.FULL);
    assertThat(result.snapshot().getQuiz("demo-exam").review()).isEqualTo(ReviewPolicy.AREAS);
  }

  @Test
  void aQuizFileMaySetEitherPolicy() {
    assertThat(loadQuiz("review: areas\n").snapshot().getQuiz("basics").review())
        .isEqualTo(ReviewPolicy.AREAS);

    ContentLoadResult exam =
        content
            .write(
                EXAM_FILE,
                ContentFixture.EXAM.replace("passMark: 80\n", "passMark: 80\nreview: full\n"))
            .load();
    assertThat(exam.errors()).isEmpty();
    assertThat(exam.snapshot().getQuiz("demo-exam").review()).isEqualTo(ReviewPolicy.FULL);
  }

  @Test
  void anUnknownPolicyIsAProblemNamingTheLineAndBothChoices() {
    ContentLoadResult result = loadQuiz("review: answers\n");

    assertProblem(
        result, QUIZ_FILE, 5, "'review' is 'answers'; write 'full' (every question with its");
    assertProblem(result, QUIZ_FILE, 5, "or 'areas'");
  }
}
