package org.facilitatoracademy.facilitation.api;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.facilitatoracademy.facilitation.application.CancelledDay;
import org.facilitatoracademy.facilitation.application.PublicMeeting;
import org.facilitatoracademy.facilitation.domain.MeetingKind;
import org.facilitatoracademy.facilitation.domain.MeetingStatus;
import org.facilitatoracademy.facilitation.domain.Schedule;
import org.facilitatoracademy.facilitation.domain.Venue;

/** Public meetings as the application layer hands them to the feed and the calendars. */
final class PublicMeetings {

  static final ZoneId LONDON = ZoneId.of("Europe/London");
  static final Instant CREATED = Instant.parse("2026-01-05T10:00:00Z");

  private PublicMeetings() {}

  static PublicMeeting weekly(
      String id,
      MeetingKind kind,
      DayOfWeek day,
      LocalTime time,
      Venue venue,
      MeetingStatus status,
      boolean certified,
      List<CancelledDay> cancellations,
      Instant updated) {
    return new PublicMeeting(
        id,
        "Meeting " + id,
        kind,
        "north-west",
        Schedule.weekly(day, time, LONDON),
        venue,
        status,
        certified,
        kind.usualMinutes(),
        status == MeetingStatus.TEMPORARILY_CLOSED
            ? Optional.of("Back in spring")
            : Optional.empty(),
        cancellations,
        updated,
        CREATED);
  }

  static PublicMeeting onDates(String id, List<LocalDate> dates, LocalTime time) {
    return new PublicMeeting(
        id,
        "Dated " + id,
        MeetingKind.DISCUSSION,
        "scotland",
        Schedule.onDates(dates, time, LONDON),
        Venue.inPerson("Edinburgh"),
        MeetingStatus.ACTIVE,
        false,
        60,
        Optional.empty(),
        List.of(),
        CREATED,
        CREATED);
  }

  static CancelledDay cancelled(String date, String note) {
    return new CancelledDay(LocalDate.parse(date), Optional.ofNullable(note));
  }
}
