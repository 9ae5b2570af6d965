package org.facilitatoracademy.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EnrollmentRoundsTest {

  private static final Instant START = Instant.parse("2026-01-05T10:00:00Z");
  private static final Instant LATER = Instant.parse("2028-01-05T10:00:00Z");
  private static final CourseModule SAFETY =
      new CourseModule(
          "safety",
          "Safety",
          Optional.empty(),
          10,
          List.of(new Objective("o", "o")),
          List.of(
              new Lesson("s1", "S1", Optional.of(5), "safety", "safety/01.md", "<p>x</p>", "v")),
          "v");

  private static Course course(Credential credential) {
    return new Course(
        "refresher",
        "Refresher",
        "1",
        credential,
        Optional.empty(),
        List.of("safety"),
        Optional.of("refresher-exam"),
        "v2");
  }

  private static CourseProgress progressOf(Course course, Enrollment enrollment) {
    return CourseProgress.of(
        course,
        List.of(SAFETY),
        Map.of(),
        enrollment.completedLessonIds(),
        enrollment.passedQuizIds(),
        new CourseProgress.Round(enrollment.round(), enrollment.enrolledAt()));
  }

  private static Enrollment finished(Course course) {
    Enrollment enrollment = new Enrollment("holder", course.id(), "v1", START);
    enrollment.complete("safety", "s1", "v", START);
    enrollment.recordQuizPass("refresher-exam", "v", 90, START);
    return enrollment;
  }

  @Test
  void aFinishedRefresherStartsAgainFromNothingAgainstTheCurrentContent() {
    Course refresher = course(Credential.NONE);
    Enrollment first = finished(refresher);

    Enrollment second = first.nextRound(refresher, progressOf(refresher, first), LATER);

    assertThat(first.round()).isEqualTo(1);
    assertThat(second.round()).isEqualTo(2);
    assertThat(second.accountId()).isEqualTo("holder");
    assertThat(second.enrolledAt()).isEqualTo(LATER);
    assertThat(second.courseContentVersion()).isEqualTo("v2");
    CourseProgress fresh = progressOf(refresher, second);
    assertThat(fresh.percent()).isZero();
    assertThat(fresh.examPassed()).isFalse();
    assertThat(fresh.round()).isEqualTo(new CourseProgress.Round(2, LATER));
    assertThat(first.hasPassed("refresher-exam")).as("the earlier round is kept").isTrue();
  }

  @Test
  void anUnfinishedRoundIsNotThrownAway() {
    Course refresher = course(Credential.NONE);
    Enrollment halfway = new Enrollment("holder", refresher.id(), "v1", START);
    halfway.complete("safety", "s1", "v", START);

    assertThatThrownBy(() -> halfway.nextRound(refresher, progressOf(refresher, halfway), LATER))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aCourseThatLeadsToACredentialIsTakenOnce() {
    Course facilitator = course(Credential.FACILITATOR);
    Enrollment done = finished(facilitator);

    assertThat(facilitator.isRepeatable()).isFalse();
    assertThat(course(Credential.NONE).isRepeatable()).isTrue();
    assertThatThrownBy(() -> done.nextRound(facilitator, progressOf(facilitator, done), LATER))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void setsOfPassesDoNotLeakBetweenRounds() {
    Course refresher = course(Credential.NONE);
    Enrollment first = finished(refresher);
    Enrollment second = first.nextRound(refresher, progressOf(refresher, first), LATER);

    assertThat(second.recordQuizPass("refresher-exam", "v", 85, LATER)).isTrue();
    assertThat(second.passedQuizIds()).isEqualTo(Set.of("refresher-exam"));
    assertThat(second.passOf("refresher-exam").orElseThrow().scorePercent()).isEqualTo(85);
  }
}
