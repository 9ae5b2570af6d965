package org.facilitatoracademy.catalog.domain;

import java.util.List;
import java.util.Optional;

/** Where enrollments and their progress are kept. */
public interface EnrollmentRepository {

  Optional<Enrollment> find(String accountId, String courseId);

  List<Enrollment> of(String accountId);

  Enrollment store(Enrollment enrollment);

  /** Erases the enrollment with its completions and passes (its account was closed). */
  void remove(Enrollment enrollment);
}
