package org.facilitatoracademy.assessment.application;

import java.util.List;
import java.util.Optional;

/**
 * What a regrade changed. A pass that became a fail (or the reverse) is listed here and in the
 * audit log, and is not applied to anything else: passes already recorded stay until someone
 * decides about them.
 *
 * @param attemptsExamined finished attempts graded against another content version's key
 * @param attemptsRegraded attempts whose grade the corrected keys changed
 * @param outcomeChanges changes of pass or fail of people the caller may see (their region, or
 *     every region for an administrator)
 * @param outcomeChangesElsewhere changes of pass or fail in regions the caller does not look after
 */
public record RegradeReport(
    String quizId,
    String contentVersion,
    int attemptsExamined,
    int attemptsRegraded,
    List<String> questionsRegraded,
    List<OutcomeChange> outcomeChanges,
    int outcomeChangesElsewhere) {

  /** One attempt whose pass or fail a regrade turned around. */
  public record OutcomeChange(
      String attemptId,
      String courseId,
      Optional<String> displayName,
      double scoreBefore,
      boolean passedBefore,
      double scoreAfter,
      boolean passedAfter) {}
}
