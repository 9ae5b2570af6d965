package org.facilitatoracademy.catalog.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where a person stands in one course: lessons done per module, which modules are open, and the
 * lesson to continue with. Modules open in order: a module opens once every lesson of the module
 * before it is done, so the safety module can never be skipped on the way to the exam.
 */
public record CourseProgress(
    Course course, List<ModuleProgress> modules, Optional<Lesson> continueWith) {

  /** One module's state within the enrollment. */
  public record ModuleProgress(
      CourseModule module, int lessonsDone, int lessonsTotal, boolean open) {

    public boolean finished() {
      return lessonsDone == lessonsTotal;
    }

    public int percent() {
      return lessonsTotal == 0 ? 100 : lessonsDone * 100 / lessonsTotal;
    }
  }

  public static CourseProgress of(
      Course course, List<CourseModule> modulesInOrder, Set<String> completedLessons) {
    List<ModuleProgress> result = new ArrayList<>();
    boolean previousFinished = true;
    Lesson firstUnread = null;
    for (CourseModule module : modulesInOrder) {
      int done =
          (int) module.lessons().stream().filter(l -> completedLessons.contains(l.id())).count();
      ModuleProgress progress =
          new ModuleProgress(module, done, module.lessons().size(), previousFinished);
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
    return new CourseProgress(course, List.copyOf(result), Optional.ofNullable(firstUnread));
  }

  public int lessonsDone() {
    return modules.stream().mapToInt(ModuleProgress::lessonsDone).sum();
  }

  public int lessonsTotal() {
    return modules.stream().mapToInt(ModuleProgress::lessonsTotal).sum();
  }

  public int percent() {
    int total = lessonsTotal();
    return total == 0 ? 0 : lessonsDone() * 100 / total;
  }

  public boolean finished() {
    return modules.stream().allMatch(ModuleProgress::finished);
  }

  /** The module a lesson belongs to in this course, if the course has it. */
  public Optional<ModuleProgress> moduleOf(String lessonId) {
    return modules.stream()
        .filter(m -> m.module().lessons().stream().anyMatch(l -> l.id().equals(lessonId)))
        .findFirst();
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
