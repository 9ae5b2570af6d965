package org.facilitatoracademy.facilitation.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.facilitatoracademy.facilitation.domain.MeetingKind;
import org.facilitatoracademy.facilitation.domain.MeetingStatus;
import org.facilitatoracademy.facilitation.domain.Schedule;
import org.facilitatoracademy.facilitation.domain.Venue;

/**
 * A meeting as anyone may see it: when and where, and whether a certified leader leads it right now
 * — never who.
 */
public record PublicMeeting(
    String id,
    String title,
    MeetingKind kind,
    String region,
    Schedule schedule,
    Venue venue,
    MeetingStatus status,
    boolean ledByCertifiedLeader,
    int durationMinutes,
    Optional<String> statusNote,
    List<CancelledDay> cancellations,
    Instant updated,
    Instant createdAt) {

  /** Whether the day is one of its cancelled occurrences. */
  public boolean cancelledOn(LocalDate day) {
    return cancellations.stream().anyMatch(c -> c.date().equals(day));
  }
}
