package org.facilitatoracademy.catalog.domain;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.facilitatoracademy.platform.errors.BusinessException;

/**
 * All content that is live at one moment. A snapshot is never changed: a reload builds a new one
 * and swaps it in, so a request always sees one consistent set of courses, modules and quizzes.
 * {@code find…} answers empty for an unknown id; {@code get…} refuses it as not found.
 */
public final class ContentSnapshot {

  private static final ContentSnapshot EMPTY =
      new ContentSnapshot(List.of(), List.of(), List.of(), List.of());

  private final Map<String, Course> courses;
  private final Map<String, CourseModule> modules;
  private final Map<String, Quiz> quizzes;
  private final Map<String, Lesson> lessons;
  private final Map<String, AgreementText> agreements;

  private ContentSnapshot(
      Collection<Course> courses,
      Collection<CourseModule> modules,
      Collection<Quiz> quizzes,
      Collection<AgreementText> agreements) {
    this.agreements = byId(agreements, AgreementText::id);
    this.courses = byId(courses, Course::id);
    this.modules = byId(modules, CourseModule::id);
    this.quizzes = byId(quizzes, Quiz::id);
    this.lessons = byId(modules.stream().flatMap(m -> m.lessons().stream()).toList(), Lesson::id);
  }

  public static ContentSnapshot empty() {
    return EMPTY;
  }

  public static ContentSnapshot of(
      Collection<Course> courses, Collection<CourseModule> modules, Collection<Quiz> quizzes) {
    return new ContentSnapshot(courses, modules, quizzes, List.of());
  }

  /** The same content with these agreement texts. */
  public ContentSnapshot withAgreements(Collection<AgreementText> texts) {
    return new ContentSnapshot(courses.values(), modules.values(), quizzes.values(), texts);
  }

  /** Sorted by id, so listings are stable across reloads. */
  private static <T> Map<String, T> byId(Collection<T> items, Function<T, String> id) {
    return items.stream()
        .sorted(Comparator.comparing(id))
        .collect(
            Collectors.toMap(
                id,
                Function.identity(),
                (a, b) -> {
                  throw new IllegalArgumentException("Two items share the id " + id.apply(a));
                },
                LinkedHashMap::new));
  }

  public boolean isEmpty() {
    return courses.isEmpty() && modules.isEmpty() && quizzes.isEmpty();
  }

  public List<Course> courses() {
    return List.copyOf(courses.values());
  }

  public List<CourseModule> modules() {
    return List.copyOf(modules.values());
  }

  public List<Quiz> quizzes() {
    return List.copyOf(quizzes.values());
  }

  public List<AgreementText> agreements() {
    return List.copyOf(agreements.values());
  }

  public Optional<AgreementText> findAgreement(String id) {
    return Optional.ofNullable(agreements.get(id));
  }

  public Optional<Course> findCourse(String id) {
    return Optional.ofNullable(courses.get(id));
  }

  public Course getCourse(String id) {
    return findCourse(id).orElseThrow(() -> BusinessException.notFound("Course '" + id + "'"));
  }

  public Optional<CourseModule> findModule(String id) {
    return Optional.ofNullable(modules.get(id));
  }

  public CourseModule getModule(String id) {
    return findModule(id).orElseThrow(() -> BusinessException.notFound("Module '" + id + "'"));
  }

  public Optional<Lesson> findLesson(String id) {
    return Optional.ofNullable(lessons.get(id));
  }

  public Lesson getLesson(String id) {
    return findLesson(id).orElseThrow(() -> BusinessException.notFound("Lesson '" + id + "'"));
  }

  public Optional<Quiz> findQuiz(String id) {
    return Optional.ofNullable(quizzes.get(id));
  }

  public Quiz getQuiz(String id) {
    return findQuiz(id).orElseThrow(() -> BusinessException.notFound("Quiz '" + id + "'"));
  }

  /** The quiz that belongs to a module, if it has one. */
  public Optional<Quiz> findModuleQuiz(String moduleId) {
    return quizzes.values().stream()
        .filter(q -> q.moduleId().filter(moduleId::equals).isPresent())
        .findFirst();
  }

  /** A course's modules in the order the course takes them. */
  public List<CourseModule> modulesOf(Course course) {
    return course.moduleIds().stream().map(this::getModule).toList();
  }
}
