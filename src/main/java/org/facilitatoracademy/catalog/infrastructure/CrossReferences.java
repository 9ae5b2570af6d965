package org.facilitatoracademy.catalog.infrastructure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.facilitatoracademy.catalog.domain.Course;
import org.facilitatoracademy.catalog.domain.CourseModule;
import org.facilitatoracademy.catalog.domain.Lesson;
import org.facilitatoracademy.catalog.domain.Question;
import org.facilitatoracademy.catalog.domain.Quiz;

/**
 * The rules that look across files: what a course or quiz names must exist and agree with it. Each
 * finding is told against the file that holds the reference, because that is the file the author
 * has to change. Where two items clash (the same lesson id, two quizzes for one module), the one
 * listed first wins; the loader lists items that were already live before new ones, so a newly
 * added file cannot push out content that was fine.
 */
final class CrossReferences {

  /** A reference that does not hold; {@code item} is what cannot be loaded because of it. */
  record Finding(ItemKey item, String file, String key, String message) {}

  private final Map<String, Course> courses;
  private final Map<String, CourseModule> modules;
  private final Map<String, Quiz> quizzes;
  private final Set<ItemKey> withFiles;
  private final List<Finding> findings = new ArrayList<>();

  private CrossReferences(
      List<Course> courses,
      List<CourseModule> modules,
      List<Quiz> quizzes,
      Set<ItemKey> withFiles) {
    this.courses = byId(courses, Course::id);
    this.modules = byId(modules, CourseModule::id);
    this.quizzes = byId(quizzes, Quiz::id);
    this.withFiles = withFiles;
  }

  /**
   * @param withFiles every item that has files, loaded or not, so that a reference to a broken item
   *     is told apart from a reference to nothing
   */
  static List<Finding> check(
      List<Course> courses,
      List<CourseModule> modules,
      List<Quiz> quizzes,
      Set<ItemKey> withFiles) {
    CrossReferences references = new CrossReferences(courses, modules, quizzes, withFiles);
    courses.forEach(references::checkCourse);
    quizzes.forEach(references::checkQuiz);
    references.checkOneQuizPerModule();
    references.checkLessonIdsAreUnique();
    return List.copyOf(references.findings);
  }

  private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
    Map<String, T> map = new LinkedHashMap<>();
    items.forEach(item -> map.put(id.apply(item), item));
    return map;
  }

  private void checkCourse(Course course) {
    ItemKey key = ItemKey.course(course.id());
    for (int i = 0; i < course.moduleIds().size(); i++) {
      String moduleId = course.moduleIds().get(i);
      if (!modules.containsKey(moduleId)) {
        add(
            key,
            "modules[" + i + "]",
            missing(ItemKey.module(moduleId), "The course lists the module '" + moduleId + "'"));
      }
    }
    course.examQuizId().ifPresent(examId -> checkExam(course, key, examId));
  }

  private void checkExam(Course course, ItemKey key, String examId) {
    Quiz exam = quizzes.get(examId);
    if (exam == null) {
      add(key, "exam", missing(ItemKey.quiz(examId), "The course's exam is '" + examId + "'"));
    } else if (exam.moduleId().isPresent()) {
      add(
          key,
          "exam",
          String.format(
              "The course's exam is '%s', but that quiz belongs to the module '%s'; an exam names"
                  + " its course instead ('course: %s').",
              examId, exam.moduleId().get(), course.id()));
    } else if (!exam.courseId().get().equals(course.id())) {
      add(
          key,
          "exam",
          String.format(
              "The course's exam is '%s', but that quiz is the exam of the course '%s'.",
              examId, exam.courseId().get()));
    }
  }

  private void checkQuiz(Quiz quiz) {
    ItemKey key = ItemKey.quiz(quiz.id());
    quiz.moduleId()
        .ifPresent(
            moduleId -> {
              CourseModule module = modules.get(moduleId);
              if (module == null) {
                add(
                    key,
                    "module",
                    missing(
                        ItemKey.module(moduleId),
                        "The quiz belongs to the module '" + moduleId + "'"));
              } else {
                checkObjectives(quiz, List.of(module), "the module '" + moduleId + "'");
              }
            });
    quiz.courseId().ifPresent(courseId -> checkExamCourse(quiz, key, courseId));
  }

  private void checkExamCourse(Quiz quiz, ItemKey key, String courseId) {
    Course course = courses.get(courseId);
    if (course == null) {
      add(
          key,
          "course",
          missing(
              ItemKey.course(courseId), "The quiz is the exam of the course '" + courseId + "'"));
      return;
    }
    Optional<String> exam = course.examQuizId();
    if (exam.isEmpty() || !exam.get().equals(quiz.id())) {
      add(
          key,
          "course",
          String.format(
              "The quiz is the exam of the course '%s', but %s %s; the two must agree.",
              courseId,
              ContentPaths.courseFile(courseId),
              exam.map(e -> "names '" + e + "' as its exam")
                  .orElse("names no exam (add 'exam: " + quiz.id() + "' there)")));
    }
    List<CourseModule> courseModules =
        course.moduleIds().stream().filter(modules::containsKey).map(modules::get).toList();
    checkObjectives(quiz, courseModules, "any module of the course '" + courseId + "'");
  }

  private void checkObjectives(Quiz quiz, List<CourseModule> scope, String scopeName) {
    for (int i = 0; i < quiz.questions().size(); i++) {
      Question question = quiz.questions().get(i);
      if (question.objective().isEmpty()) {
        continue;
      }
      String objective = question.objective().get();
      if (scope.stream().noneMatch(m -> m.hasObjective(objective))) {
        add(
            ItemKey.quiz(quiz.id()),
            "questions[" + i + "].objective",
            String.format(
                "Question '%s' tests the objective '%s', which is not an objective of %s.",
                question.id(), objective, scopeName));
      }
    }
  }

  /** Courses show one quiz per module; a second would leave it unclear which one counts. */
  private void checkOneQuizPerModule() {
    Map<String, Quiz> first = new HashMap<>();
    for (Quiz quiz : quizzes.values()) {
      if (quiz.moduleId().isEmpty()) {
        continue;
      }
      Quiz earlier = first.putIfAbsent(quiz.moduleId().get(), quiz);
      if (earlier != null) {
        add(
            ItemKey.quiz(quiz.id()),
            "module",
            String.format(
                "The module '%s' already has the quiz '%s'; a module has one quiz.",
                quiz.moduleId().get(), earlier.id()));
      }
    }
  }

  /** Lessons are addressed by id alone (GET /lessons/{id}), so an id may be used only once. */
  private void checkLessonIdsAreUnique() {
    Map<String, Lesson> first = new HashMap<>();
    for (CourseModule module : modules.values()) {
      for (Lesson lesson : module.lessons()) {
        Lesson earlier = first.putIfAbsent(lesson.id(), lesson);
        if (earlier != null) {
          findings.add(
              new Finding(
                  ItemKey.module(module.id()),
                  lesson.file(),
                  "id",
                  String.format(
                      "The lesson id '%s' is already used by %s; lesson ids must be unique across"
                          + " all modules.",
                      lesson.id(), earlier.file())));
        }
      }
    }
  }

  private String missing(ItemKey target, String reference) {
    if (withFiles.contains(target)) {
      return reference
          + ", which has problems of its own (see "
          + target.file()
          + "); this cannot be loaded until they are fixed.";
    }
    return reference + ", but there is no such " + describe(target) + ".";
  }

  private static String describe(ItemKey target) {
    return switch (target.kind()) {
      case COURSE -> "course (file " + target.file() + ")";
      case MODULE -> "module (folder modules/" + target.id() + " with a module.yaml)";
      case QUIZ -> "quiz (file " + target.file() + ")";
    };
  }

  private void add(ItemKey item, String key, String message) {
    findings.add(new Finding(item, item.file(), key, message));
  }
}
