package org.facilitatoracademy.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentProblemTest {

  @Test
  void aProblemWithALineReadsLikeACompilerMessage() {
    assertThat(new ContentProblem("quizzes/x.quiz.yaml", 12, "questions[3]", "Bad.").describe())
        .isEqualTo("quizzes/x.quiz.yaml:12: Bad.");
  }

  @Test
  void aProblemWithoutALineNamesTheKey() {
    assertThat(new ContentProblem("quizzes/x.quiz.yaml", null, "questions[3]", "Bad.").describe())
        .isEqualTo("quizzes/x.quiz.yaml: questions[3]: Bad.");
  }

  @Test
  void aProblemWithNeitherNamesTheFile() {
    assertThat(new ContentProblem("modules", null, null, "Bad.").describe())
        .isEqualTo("modules: Bad.");
  }
}
