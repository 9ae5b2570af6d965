package org.facilitatoracademy.facilitation.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Where meetings and their duties are kept. */
public interface MeetingRepository {

  Optional<Meeting> findByPublicId(String publicId);

  Optional<Meeting> findById(Long id);

  Meeting store(Meeting meeting);

  /**
   * Writes pending changes now, so that a meeting someone else changed meanwhile is refused here as
   * a conflict (code {@code meeting-changed}) rather than failing at commit.
   */
  void flush();

  /** The region's meetings by title; closed ones only when asked. */
  List<Meeting> ofRegion(String regionCode, boolean includeClosed);

  /** Meetings that are not closed, of one region or (null) of all, by region and title. */
  List<Meeting> running(String regionCodeOrNull);

  /** Meetings where this person has a duty now. */
  List<Meeting> servedBy(String accountId);

  /** Meetings where this person has or ever had a duty, by title. */
  List<Meeting> everServedBy(String accountId);

  /** Ids of meetings with someone on duty that the daily lapse check has not seen on this day. */
  List<Long> uncheckedWithDuties(LocalDate today, int max);

  /** Whether the region already has a meeting with this title (for idempotent demo data). */
  boolean existsInRegion(String regionCode, String title);
}
