package org.facilitatoracademy.certification.domain;

import java.util.List;

/** The life stories of applications and certificates. */
public interface HistoryRepository {

  void record(HistoryEntry entry);

  /** The entries about one application or certificate, oldest first. */
  List<HistoryEntry> of(String subjectId);
}
