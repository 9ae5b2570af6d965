package org.facilitatoracademy.catalog.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A module: lessons in file-name order and the objectives its quiz tests. Named {@code
 * CourseModule} so it does not clash with {@link java.lang.Module}. A module can belong to several
 * courses.
 */
public record CourseModule(
    String id,
    String title,
    Optional<String> area,
    int minutes,
    List<Objective> objectives,
    List<Lesson> lessons,
    String contentVersion) {

  public CourseModule {
    Objects.requireNonNull(id);
    Objects.requireNonNull(title);
    Objects.requireNonNull(area);
    objectives = List.copyOf(objectives);
    lessons = List.copyOf(lessons);
    Objects.requireNonNull(contentVersion);
  }

  public boolean hasObjective(String objectiveId) {
    return objectives.stream().anyMatch(o -> o.id().equals(objectiveId));
  }
}
