package org.facilitatoracademy.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CourseProgressTest {

  private static Lesson lesson(String module, String id) {
    return new Lesson(id, id, Optional.of(5), module, module + "/" + id + ".md", "<p>x</p>", "v");
  }

  private static CourseModule module(String id, String... lessons) {
    return new CourseModule(
        id,
        id,
        Optional.empty(),
        10,
        List.of(new Objective(id + "-o", "o")),
        java.util.Arrays.stream(lessons).map(l -> lesson(id, l)).toList(),
        "v");
  }

  private static final CourseModule FIRST = module("first", "a", "b");
  private static final CourseModule SECOND = module("second", "c");
  private static final CourseModule THIRD = module("third", "d");
  private static final Course COURSE =
      new Course(
          "course",
          "Course",
          "1",
          Credential.FACILITATOR,
          Optional.empty(),
          List.of("first", "second", "third"),
          Optional.of("exam"),
          "v");
  private static final Map<String, String> QUIZZES = Map.of("first", "first-quiz");

  private static CourseProgress progress(Set<String> lessons, Set<String> quizzes) {
    return CourseProgress.of(
        COURSE,
        List.of(FIRST, SECOND, THIRD),
        QUIZZES,
        lessons,
        quizzes,
        new CourseProgress.Round(1, Instant.EPOCH));
  }

  @Test
  void onlyTheFirstModuleIsOpenAtTheStart() {
    CourseProgress p = progress(Set.of(), Set.of());
    assertThat(p.modules())
        .extracting(CourseProgress.ModuleProgress::open)
        .containsExactly(true, false, false);
    assertThat(p.continueWith()).map(Lesson::id).contains("a");
    assertThat(p.percent()).isZero();
  }

  @Test
  void aModuleWithAQuizOpensTheNextOnlyOnceTheQuizIsPassed() {
    CourseProgress lessonsOnly = progress(Set.of("a", "b"), Set.of());
    assertThat(lessonsOnly.module("second").orElseThrow().open()).isFalse();
    assertThat(lessonsOnly.blockerOf(lessonsOnly.module("second").orElseThrow()))
        .map(m -> m.module().id())
        .contains("first");

    CourseProgress passed = progress(Set.of("a", "b"), Set.of("first-quiz"));
    assertThat(passed.module("second").orElseThrow().open()).isTrue();
    assertThat(passed.continueWith()).map(Lesson::id).contains("c");
  }

  @Test
  void aModuleWithoutAQuizOpensTheNextWhenItsLessonsAreDone() {
    CourseProgress p = progress(Set.of("a", "b", "c"), Set.of("first-quiz"));
    assertThat(p.module("third").orElseThrow().open()).isTrue();
  }

  @Test
  void theCourseIsFinishedOnlyWithTheExamPassed() {
    CourseProgress modulesDone = progress(Set.of("a", "b", "c", "d"), Set.of("first-quiz"));
    assertThat(modulesDone.modulesFinished()).isTrue();
    assertThat(modulesDone.finished()).isFalse();
    assertThat(modulesDone.continueWith()).isEmpty();

    CourseProgress all = progress(Set.of("a", "b", "c", "d"), Set.of("first-quiz", "exam"));
    assertThat(all.finished()).isTrue();
    assertThat(all.percent()).isEqualTo(100);
  }

  @Test
  void lessonsQuizzesAndTheExamEachCountAsAStep() {
    // 4 lessons + 1 module quiz + 1 exam = 6 steps; 3 done.
    assertThat(progress(Set.of("a", "b"), Set.of("first-quiz")).percent()).isEqualTo(50);
  }
}
