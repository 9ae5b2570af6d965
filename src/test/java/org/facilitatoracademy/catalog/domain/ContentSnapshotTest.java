package org.facilitatoracademy.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.facilitatoracademy.platform.errors.BusinessException;
import org.junit.jupiter.api.Test;

class ContentSnapshotTest {

  private final Lesson lesson =
      new Lesson(
          "m-intro", "Intro", Optional.empty(), "m", "modules/m/01-intro.md", "<p>x</p>", "v");
  private final CourseModule module =
      new CourseModule(
          "m",
          "M",
          Optional.empty(),
          5,
          List.of(new Objective("m-one", "Do it")),
          List.of(lesson),
          "v");
  private final Course course =
      new Course(
          "c",
          "C",
          "1",
          Credential.NONE,
          Optional.empty(),
          List.of("m"),
          Optional.of("c-exam"),
          "v");
  private final Quiz moduleQuiz = quiz("m", Optional.of("m"), Optional.empty());
  private final Quiz exam = quiz("c-exam", Optional.empty(), Optional.of("c"));
  private final ContentSnapshot snapshot =
      ContentSnapshot.of(List.of(course), List.of(module), List.of(exam, moduleQuiz));

  private static Quiz quiz(String id, Optional<String> module, Optional<String> course) {
    Question question =
        new Question(
            "q",
            QuestionType.TRUEFALSE,
            Optional.empty(),
            Optional.empty(),
            false,
            1,
            "True?",
            List.of(),
            Optional.of(true),
            List.of(),
            List.of(),
            "Yes.");
    return new Quiz(
        id,
        id,
        module,
        course,
        80,
        3,
        Optional.empty(),
        0,
        Optional.empty(),
        Optional.empty(),
        List.of(question),
        "v");
  }

  @Test
  void findAnswersEmptyForAnUnknownId() {
    assertThat(snapshot.findCourse("nope")).isEmpty();
    assertThat(snapshot.findModule("nope")).isEmpty();
    assertThat(snapshot.findLesson("nope")).isEmpty();
    assertThat(snapshot.findQuiz("nope")).isEmpty();
  }

  @Test
  void getRefusesAnUnknownIdAsNotFound() {
    assertThatThrownBy(() -> snapshot.getQuiz("nope"))
        .isInstanceOf(BusinessException.class)
        .hasMessage("Quiz 'nope' was not found.")
        .extracting(e -> ((BusinessException) e).kind())
        .isEqualTo(BusinessException.Kind.NOT_FOUND);
  }

  @Test
  void lessonsAreFoundByIdAcrossModules() {
    assertThat(snapshot.getLesson("m-intro")).isEqualTo(lesson);
  }

  @Test
  void aModulesQuizIsFoundByTheModule() {
    assertThat(snapshot.findModuleQuiz("m")).contains(moduleQuiz);
    assertThat(snapshot.findModuleQuiz("other")).isEmpty();
  }

  @Test
  void aCoursesModulesComeInCourseOrder() {
    assertThat(snapshot.modulesOf(course)).containsExactly(module);
  }

  @Test
  void listingsAreSortedById() {
    assertThat(snapshot.quizzes()).extracting(Quiz::id).containsExactly("c-exam", "m");
  }

  @Test
  void theEmptySnapshotHoldsNothing() {
    assertThat(ContentSnapshot.empty().isEmpty()).isTrue();
    assertThat(snapshot.isEmpty()).isFalse();
  }

  @Test
  void aQuizBelongsToExactlyOneModuleOrCourse() {
    assertThatThrownBy(() -> quiz("x", Optional.of("m"), Optional.of("c")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(exam.isExam()).isTrue();
    assertThat(moduleQuiz.isExam()).isFalse();
  }
}
