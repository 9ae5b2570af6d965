package org.facilitatoracademy.catalog.infrastructure;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.facilitatoracademy.catalog.domain.ContentSnapshot;
import org.facilitatoracademy.catalog.domain.Course;
import org.facilitatoracademy.catalog.domain.CourseModule;
import org.facilitatoracademy.catalog.domain.LoadedItem;
import org.facilitatoracademy.catalog.domain.Quiz;

/**
 * The version of each item a load is going to make live: the one just read from its files
 * ("fresh"), or else the one that was live before. An item that cannot be kept falls back one step
 * at a time: fresh to previous, previous to nothing.
 */
final class Selection {

  private final ContentSnapshot previous;
  private final Map<String, Course> courses = new HashMap<>();
  private final Map<String, CourseModule> modules = new HashMap<>();
  private final Map<String, Quiz> quizzes = new HashMap<>();
  private final Set<ItemKey> fresh = new HashSet<>();

  Selection(ContentSnapshot previous) {
    this.previous = previous;
  }

  void takeFresh(Course course) {
    courses.put(course.id(), course);
    fresh.add(ItemKey.course(course.id()));
  }

  void takeFresh(CourseModule module) {
    modules.put(module.id(), module);
    fresh.add(ItemKey.module(module.id()));
  }

  void takeFresh(Quiz quiz) {
    quizzes.put(quiz.id(), quiz);
    fresh.add(ItemKey.quiz(quiz.id()));
  }

  /** For an item whose files are broken: keep what was live, if anything. */
  void keepPrevious(ItemKey key) {
    String id = key.id();
    switch (key.kind()) {
      case COURSE -> previous.findCourse(id).ifPresent(c -> courses.put(id, c));
      case MODULE -> previous.findModule(id).ifPresent(m -> modules.put(id, m));
      case QUIZ -> previous.findQuiz(id).ifPresent(q -> quizzes.put(id, q));
    }
  }

  /** For an item that does not fit with the rest. */
  void fallBack(ItemKey key) {
    boolean wasFresh = fresh.remove(key);
    switch (key.kind()) {
      case COURSE -> courses.remove(key.id());
      case MODULE -> modules.remove(key.id());
      case QUIZ -> quizzes.remove(key.id());
    }
    if (wasFresh) {
      keepPrevious(key);
    }
  }

  boolean isFresh(ItemKey key) {
    return fresh.contains(key);
  }

  /** Previously live items first, then fresh ones, each by id: see {@link CrossReferences}. */
  List<Course> courses() {
    return seniorFirst(courses, ItemKey::course);
  }

  List<CourseModule> modules() {
    return seniorFirst(modules, ItemKey::module);
  }

  List<Quiz> quizzes() {
    return seniorFirst(quizzes, ItemKey::quiz);
  }

  private <T> List<T> seniorFirst(Map<String, T> items, Function<String, ItemKey> key) {
    return items.keySet().stream()
        .sorted(
            Comparator.comparing((String id) -> fresh.contains(key.apply(id)))
                .thenComparing(Comparator.naturalOrder()))
        .map(items::get)
        .toList();
  }

  ContentSnapshot snapshot() {
    return ContentSnapshot.of(courses.values(), modules.values(), quizzes.values());
  }

  List<LoadedItem> loaded() {
    return Stream.of(
            courses.values().stream()
                .filter(c -> isFresh(ItemKey.course(c.id())))
                .map(
                    c -> new LoadedItem(ItemKey.course(c.id()).file(), c.id(), c.contentVersion())),
            modules.values().stream()
                .filter(m -> isFresh(ItemKey.module(m.id())))
                .map(
                    m -> new LoadedItem(ItemKey.module(m.id()).file(), m.id(), m.contentVersion())),
            quizzes.values().stream()
                .filter(q -> isFresh(ItemKey.quiz(q.id())))
                .map(q -> new LoadedItem(ItemKey.quiz(q.id()).file(), q.id(), q.contentVersion())))
        .flatMap(Function.identity())
        .sorted(Comparator.comparing(LoadedItem::file))
        .toList();
  }
}
