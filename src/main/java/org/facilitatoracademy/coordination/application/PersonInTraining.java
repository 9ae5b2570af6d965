package org.facilitatoracademy.coordination.application;

import java.util.List;
import java.util.Set;

/**
 * One person of a region and how far they have come: the stages reached and their courses.
 *
 * @param courses one line per course they are enrolled in (current round)
 */
public record PersonInTraining(
    String accountId,
    String displayName,
    String region,
    Set<Stage> reached,
    List<CourseLine> courses) {

  /** Where the person stands in one course. */
  public record CourseLine(
      String courseId,
      String courseTitle,
      int percent,
      int modulesDone,
      int modulesTotal,
      boolean examPassed) {}

  public boolean reached(Stage stage) {
    return reached.contains(stage);
  }
}
