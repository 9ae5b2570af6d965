package org.facilitatoracademy.catalog.api;

import java.util.List;
import org.facilitatoracademy.catalog.domain.ContentSnapshot;
import org.facilitatoracademy.catalog.domain.Course;
import org.facilitatoracademy.catalog.domain.CourseModule;
import org.facilitatoracademy.catalog.domain.CourseProgress;

/** The shapes of CONTRACT "Courses and progress". */
public final class CatalogDtos {

  private CatalogDtos() {}

  /** A lesson in a course listing. */
  public record LessonRef(String id, String title) {}

  /** A module in a course listing, with the id of its quiz if it has one. */
  public record ModuleDto(String id, String title, String quiz, List<LessonRef> lessons) {}

  /** A course as the catalog lists it. */
  public record CourseDto(
      String id,
      String title,
      String version,
      String contentVersion,
      String credential,
      String description,
      List<ModuleDto> modules,
      String exam) {

    static CourseDto of(Course course, ContentSnapshot snapshot) {
      return new CourseDto(
          course.id(),
          course.title(),
          course.version(),
          course.contentVersion(),
          course.credential().name(),
          course.description().orElse(null),
          snapshot.modulesOf(course).stream().map(m -> module(m, snapshot)).toList(),
          course.examQuizId().orElse(null));
    }

    private static ModuleDto module(CourseModule m, ContentSnapshot snapshot) {
      return new ModuleDto(
          m.id(),
          m.title(),
          snapshot.findModuleQuiz(m.id()).map(q -> q.id()).orElse(null),
          m.lessons().stream().map(l -> new LessonRef(l.id(), l.title())).toList());
    }
  }

  /** A lesson to read: its sanitised HTML. */
  public record LessonDto(String id, String title, String html) {}

  /** One module's progress. */
  public record ModuleProgressDto(
      String id, int lessonsDone, int lessonsTotal, boolean quizPassed, boolean open) {}

  /**
   * One course's progress in its current round ({@code round} 1 unless a finished repeatable course
   * was started again on {@code roundStartedAt}).
   */
  public record CourseProgressDto(
      String id,
      int percent,
      List<ModuleProgressDto> modules,
      boolean examPassed,
      int round,
      String roundStartedAt) {

    static CourseProgressDto of(CourseProgress p) {
      return new CourseProgressDto(
          p.course().id(),
          p.percent(),
          p.modules().stream()
              .map(
                  m ->
                      new ModuleProgressDto(
                          m.module().id(),
                          m.lessonsDone(),
                          m.lessonsTotal(),
                          m.quizPassed(),
                          m.open()))
              .toList(),
          p.examPassed(),
          p.round().number(),
          p.round().startedAt().toString());
    }
  }

  /** GET /me/progress. */
  public record ProgressDto(List<CourseProgressDto> courses) {}
}
