package org.facilitatoracademy.certification.domain;

import java.util.List;

/** Where practicum entries are kept. */
public interface PracticumRepository {

  /** A trainee's entries, oldest first. */
  List<PracticumEntry> of(String traineeId);

  PracticumEntry store(PracticumEntry entry);
}
