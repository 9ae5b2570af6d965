package org.facilitatoracademy.catalog.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where a person stands in one course: lessons done and quiz passed per module, which modules are
 * open, whether the exam is passed, and the lesson to continue with. Modules open in order: a
 * module opens once the module before it has every lesson done and its quiz (if it has one) passed,
 * so the safety module can never be skipped on the way to the exam.
 */
public record CourseProgress(
    Course course,
    List<ModuleProgress> modules,
    boolean examPassed,
    Optional<Lesson> continueWith,
    Set<String> completedLessons,
    Round round) {

  /**
   * Which time through the course this is, and when it began: a repeatable course taken again
   * starts a new round, and only what was done since it began counts.
   */
  public record Round(int number, Instant startedAt) {}

  /** One module's state within the enrollment. */
  public record ModuleProgress(
      CourseModule module,
      int lessonsDone,
      int lessonsTotal,
      Optional<String> quizId,
      boolean quizPassed,
      boolean open) {

    public boolean lessonsFinished() {
      return lessonsDone == lessonsTotal;
    }

    /** Lessons read and, where the module has a quiz, the quiz passed. */
    public boolean finished() {
      return lessonsFinished() && (quizId.isEmpty() || quizPassed);
    }

    public int percent() {
      int steps = lessonsTotal + (quizId.isPresent() ? 1 : 0);
      int done = lessonsDone + (quizPassed ? 1 : 0);
      return steps == 0 ? 100 : done * 100 / steps;
    }
  }

  /**
   * @param moduleQuizzes the quiz id of each module that has one
   */
  public static CourseProgress of(
      Course course,
      List<CourseModule> modulesInOrder,
      java.util.Map<String, String> moduleQuizzes,
      Set<String> completedLessons,
      Set<String> passedQuizzes,
      Round round) {
    List<ModuleProgress> result = new ArrayList<>();
    boolean previousFinished = true;
    Lesson firstUnread = null;
    for (CourseModule module : modulesInOrder) {
      int done =
          (int) module.lessons().stream().filter(l -> completedLessons.contains(l.id())).count();
      Optional<String> quiz = Optional.ofNullable(moduleQuizzes.get(module.id()));
      ModuleProgress progress =
          new ModuleProgress(
              module,
              done,
              module.lessons().size(),
              quiz,
              quiz.map(passedQuizzes::contains).orElse(false),
              previousFinished);
      result.add(progress);
      if (firstUnread == null && progress.open()) {
        firstUnread =
            module.lessons().stream()
                .filter(l -> !completedLessons.contains(l.id()))
                .findFirst()
                .orElse(null);
      }
      previousFinished = previousFinished && progress.finished();
    }
    boolean exam = course.examQuizId().map(passedQuizzes::contains).orElse(false);
    return new CourseProgress(
        course,
        List.copyOf(result),
        exam,
        Optional.ofNullable(firstUnread),
        Set.copyOf(completedLessons),
        round);
  }

  public boolean isCompleted(String lessonId) {
    return completedLessons.contains(lessonId);
  }

  public int lessonsDone() {
    return modules.stream().mapToInt(ModuleProgress::lessonsDone).sum();
  }

  public int lessonsTotal() {
    return modules.stream().mapToInt(ModuleProgress::lessonsTotal).sum();
  }

  /** Lessons, module quizzes and the exam each count as one step. */
  public int percent() {
    int steps = lessonsTotal() + (course.examQuizId().isPresent() ? 1 : 0);
    int done = lessonsDone() + (examPassed ? 1 : 0);
    for (ModuleProgress m : modules) {
      steps += m.quizId().isPresent() ? 1 : 0;
      done += m.quizPassed() ? 1 : 0;
    }
    return steps == 0 ? 0 : done * 100 / steps;
  }

  /** Every module finished: the exam (if any) may be taken. */
  public boolean modulesFinished() {
    return modules.stream().allMatch(ModuleProgress::finished);
  }

  /** Every module finished and the exam passed. */
  public boolean finished() {
    return modulesFinished() && (course.examQuizId().isEmpty() || examPassed);
  }

  /** The module a lesson belongs to in this course, if the course has it. */
  public Optional<ModuleProgress> moduleOf(String lessonId) {
    return modules.stream()
        .filter(m -> m.module().lessons().stream().anyMatch(l -> l.id().equals(lessonId)))
        .findFirst();
  }

  public Optional<ModuleProgress> module(String moduleId) {
    return modules.stream().filter(m -> m.module().id().equals(moduleId)).findFirst();
  }

  /** The first module before this one that is not finished: what keeps a module closed. */
  public Optional<ModuleProgress> blockerOf(ModuleProgress module) {
    for (ModuleProgress m : modules) {
      if (m == module) {
        return Optional.empty();
      }
      if (!m.finished()) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /** The lessons of the course in reading order. */
  public List<Lesson> lessonsInOrder() {
    return modules.stream().flatMap(m -> m.module().lessons().stream()).toList();
  }
}
