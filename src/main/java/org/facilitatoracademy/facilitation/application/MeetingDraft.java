package org.facilitatoracademy.facilitation.application;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.facilitatoracademy.facilitation.domain.MeetingKind;
import org.facilitatoracademy.facilitation.domain.Schedule;
import org.facilitatoracademy.facilitation.domain.Venue;
import org.facilitatoracademy.platform.errors.BusinessException;

/**
 * What a coordinator fills in for a meeting. The region may be left out: it is then the
 * coordinator's own.
 */
public record MeetingDraft(
    String title,
    MeetingKind kind,
    String region,
    Schedule schedule,
    Venue venue,
    Integer durationMinutes) {

  /**
   * Reads a meeting as typed in a form or sent to the API: values that cannot be read are malformed
   * (400), a schedule or place that breaks a rule is refused (422).
   */
  public static MeetingDraft read(
      String title,
      String kind,
      String region,
      String weekday,
      String time,
      String timeZone,
      List<String> dates,
      boolean online,
      String city,
      String address,
      String conferenceUrl,
      Integer durationMinutes) {
    MeetingKind meetingKind = parse("kind", kind, k -> MeetingKind.valueOf(upper(k)));
    LocalTime at = parse("time", time, LocalTime::parse);
    ZoneId zone = parse("timeZone", timeZone, ZoneId::of);
    List<LocalDate> days =
        dates == null
            ? List.of()
            : dates.stream().map(d -> parse("dates", d, LocalDate::parse)).toList();
    DayOfWeek day =
        weekday == null || weekday.isBlank()
            ? null
            : parse("weekday", weekday, w -> DayOfWeek.valueOf(upper(w)));
    Schedule schedule;
    Venue venue;
    try {
      schedule = new Schedule(day, days, at, zone);
    } catch (IllegalArgumentException e) {
      throw BusinessException.rule("invalid-schedule", e.getMessage());
    }
    try {
      venue = new Venue(online, city, address, conferenceUrl);
    } catch (IllegalArgumentException e) {
      boolean aboutLink = e.getMessage().contains("conferenceUrl");
      throw BusinessException.rule(
          aboutLink ? "invalid-conference-url" : "invalid-venue", e.getMessage());
    }
    return new MeetingDraft(title, meetingKind, region, schedule, venue, durationMinutes);
  }

  private interface Parser<T> {
    T parse(String text);
  }

  private static <T> T parse(String field, String text, Parser<T> parser) {
    if (text == null || text.isBlank()) {
      throw BusinessException.malformed("The field '" + field + "' is required.");
    }
    try {
      return parser.parse(text.strip());
    } catch (IllegalArgumentException | DateTimeException e) {
      throw BusinessException.malformed(
          "The field '" + field + "' cannot be read: '" + text + "'. " + hint(field));
    }
  }

  private static String hint(String field) {
    return switch (field) {
      case "kind" -> "Use FOUR_POINT or DISCUSSION.";
      case "weekday" -> "Use MONDAY to SUNDAY.";
      case "time" -> "Use 24-hour time, e.g. 19:00.";
      case "timeZone" -> "Use a time zone name, e.g. Europe/London.";
      case "dates" -> "Use ISO dates, e.g. 2026-12-01.";
      default -> "";
    };
  }

  private static String upper(String text) {
    return text.toUpperCase(Locale.ROOT);
  }
}
