package org.facilitatoracademy.certification.domain;

import java.util.List;
import java.util.Optional;

/**
 * Where a person stands in the course a credential needs, in certification's terms: which modules
 * are unfinished and whether the exam is passed. Built from what the catalog reports; this context
 * never reads the catalog's records itself.
 */
public record LearningState(
    String courseId,
    String courseTitle,
    boolean enrolled,
    List<Module> unfinishedModules,
    Optional<String> examQuizId,
    boolean examPassed) {

  /** A module still to finish. */
  public record Module(String id, String title) {}

  public LearningState {
    unfinishedModules = List.copyOf(unfinishedModules);
  }

  /** Not enrolled yet: enrolling is what is missing, the modules follow from it. */
  public static LearningState notEnrolled(
      String courseId, String courseTitle, Optional<String> examQuizId) {
    return new LearningState(courseId, courseTitle, false, List.of(), examQuizId, false);
  }
}
