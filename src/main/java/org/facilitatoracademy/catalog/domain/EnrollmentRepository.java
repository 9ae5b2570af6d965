package org.facilitatoracademy.catalog.domain;

import java.util.List;
import java.util.Optional;

/** Where enrollments and their progress are kept. */
public interface EnrollmentRepository {

  /** The person's current (latest) round of the course. */
  Optional<Enrollment> find(String accountId, String courseId);

  /** The current round of each course the person is enrolled in, most recently used first. */
  List<Enrollment> of(String accountId);

  /** Every round of every course the person took, by course, first round to latest. */
  List<Enrollment> everyRound(String accountId);

  Enrollment store(Enrollment enrollment);

  /** Erases the enrollment with its completions and passes (its account was closed). */
  void remove(Enrollment enrollment);
}
