package org.facilitatoracademy.assessment.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where attempts are kept. */
public interface AttemptRepository {

  Optional<Attempt> find(String publicId);

  /**
   * Finds and locks the attempt until the transaction ends, so that saves, submissions (from any
   * node, twice at the same moment) and the deadline job take turns and see each other's result.
   */
  Optional<Attempt> findForUpdate(String publicId);

  /** The person's attempts at a quiz within one course, by number. */
  List<Attempt> of(String accountId, String courseId, String quizId);

  /** All of a person's attempts, most recent first. */
  List<Attempt> of(String accountId);

  /** Attempts still open after their deadline, oldest deadline first. */
  List<String> overdue(Instant now, int max);

  /** Finished attempts of a quiz graded against another content version's key. */
  List<String> gradedAgainstOtherVersions(String quizId, String contentVersion);

  Attempt store(Attempt attempt);

  /** Erases the person's attempts with their slots, steps and grades (the account was closed). */
  void removeAllOf(String accountId);
}
