package org.facilitatoracademy.facilitation.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.facilitatoracademy.facilitation.api.PublicMeetings.LONDON;
import static org.facilitatoracademy.facilitation.api.PublicMeetings.cancelled;
import static org.facilitatoracademy.facilitation.api.PublicMeetings.weekly;

import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.component.VEvent;
import org.facilitatoracademy.facilitation.domain.MeetingKind;
import org.facilitatoracademy.facilitation.domain.MeetingStatus;
import org.facilitatoracademy.facilitation.domain.Venue;
import org.junit.jupiter.api.Test;

class MeetingCalendarTest {

  private static final Instant UPDATED = Instant.parse("2026-02-01T12:00:00Z");

  private final MeetingCalendar calendar =
      new MeetingCalendar("https://academy.example.org", Locale.ENGLISH);

  private static String mondays(
      List<org.facilitatoracademy.facilitation.application.CancelledDay> off) {
    return new MeetingCalendar("https://academy.example.org", Locale.ENGLISH)
        .write(
            List.of(
                weekly(
                    "m1",
                    MeetingKind.FOUR_POINT,
                    DayOfWeek.MONDAY,
                    LocalTime.of(19, 0),
                    Venue.inPerson("Manchester", "Community Hall, 12 Example Street, Manchester"),
                    MeetingStatus.ACTIVE,
                    true,
                    off,
                    UPDATED)));
  }

  private static VEvent parseOne(String ics) throws Exception {
    Calendar parsed = new CalendarBuilder().build(new StringReader(ics));
    parsed.validate();
    List<VEvent> events = parsed.getComponents("VEVENT");
    assertThat(events).hasSize(1);
    return events.get(0);
  }

  @Test
  void aWeeklyMeetingParsesAsOneRepeatingEventInItsOwnTimeZone() throws Exception {
    String ics = mondays(List.of());

    assertThat(ics).contains("BEGIN:VTIMEZONE", "TZID:Europe/London");
    assertThat(ics).containsPattern("DTSTART;TZID=Europe/London:20260105T190000");
    assertThat(ics).contains("RRULE:FREQ=WEEKLY;BYDAY=MO");
    VEvent event = parseOne(ics);
    assertThat(event.getSummary().getValue()).isEqualTo("Meeting m1");
    assertThat(event.getLocation().getValue()).contains("12 Example Street");
    assertThat(event.getUrl().getValue()).isEqualTo("https://academy.example.org/meetings/m1");
  }

  @Test
  void nineteenHundredInLondonStaysNineteenHundredAcrossBothClockChanges() throws Exception {
    VEvent event = parseOne(mondays(List.of()));

    // March 29 2026 and October 25 2026 are the clock changes; look at the weeks around both.
    List<ZonedDateTime> starts = occurrences(event, "2026-03-16", "2026-11-10");

    assertThat(starts).isNotEmpty();
    for (ZonedDateTime start : starts) {
      ZonedDateTime local = start.withZoneSameInstant(LONDON);
      assertThat(local.toLocalTime()).as("local time on %s", local).isEqualTo(LocalTime.of(19, 0));
      assertThat(local.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
    }
    // Independently of the library: 18:00 UTC in summer time, 19:00 UTC in winter time.
    assertThat(utcHourOn(starts, "2026-03-23")).isEqualTo(19);
    assertThat(utcHourOn(starts, "2026-03-30")).isEqualTo(18);
    assertThat(utcHourOn(starts, "2026-10-19")).isEqualTo(18);
    assertThat(utcHourOn(starts, "2026-10-26")).isEqualTo(19);
  }

  @Test
  void aCancelledMondayIsAnExdateAndNoLongerOccurs() throws Exception {
    String ics = mondays(List.of(cancelled("2026-03-30", "Hall closed")));

    assertThat(ics).contains("EXDATE;TZID=Europe/London:20260330T190000");
    List<ZonedDateTime> starts = occurrences(parseOne(ics), "2026-03-20", "2026-04-10");
    assertThat(starts.stream().map(z -> z.withZoneSameInstant(LONDON).toLocalDate()))
        .containsExactly(LocalDate.parse("2026-03-23"), LocalDate.parse("2026-04-06"));
  }

  @Test
  void anOnlineMeetingGivesItsLinkAndNoPersonAnywhere() throws Exception {
    String ics =
        calendar.write(
            List.of(
                weekly(
                    "m2",
                    MeetingKind.DISCUSSION,
                    DayOfWeek.WEDNESDAY,
                    LocalTime.of(18, 30),
                    Venue.forOnlineMeeting("https://meet.example.org/room-1"),
                    MeetingStatus.ACTIVE,
                    false,
                    List.of(),
                    UPDATED)));

    VEvent event = parseOne(ics);
    assertThat(event.getLocation().getValue()).isEqualTo("https://meet.example.org/room-1");
    assertThat(event.getDescription().getValue()).contains("https://meet.example.org/room-1");
    assertThat(ics).doesNotContain("ORGANIZER", "ATTENDEE", "CONTACT");
  }

  @Test
  void anIndependentReaderSeesTheSameLocalTimesAndTheCancelledDayMissing() {
    String ics = mondays(List.of(cancelled("2026-10-26", null)));

    biweekly.ICalendar parsed = biweekly.Biweekly.parse(ics).first();
    biweekly.component.VEvent event = parsed.getEvents().get(0);
    java.util.TimeZone london = java.util.TimeZone.getTimeZone("Europe/London");
    List<ZonedDateTime> starts = new java.util.ArrayList<>();
    biweekly.util.com.google.ical.compat.javautil.DateIterator it = event.getDateIterator(london);
    while (it.hasNext() && starts.size() < 45) {
      starts.add(it.next().toInstant().atZone(LONDON));
    }

    assertThat(starts).hasSize(45);
    assertThat(starts)
        .allSatisfy(
            z -> {
              assertThat(z.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
              assertThat(z.toLocalTime()).as("%s", z).isEqualTo(LocalTime.of(19, 0));
            });
    assertThat(starts.stream().map(ZonedDateTime::toLocalDate))
        .contains(LocalDate.parse("2026-03-30"), LocalDate.parse("2026-10-19"))
        .doesNotContain(LocalDate.parse("2026-10-26"));
  }

  private static int utcHourOn(List<ZonedDateTime> starts, String day) {
    return starts.stream()
        .filter(z -> z.withZoneSameInstant(LONDON).toLocalDate().equals(LocalDate.parse(day)))
        .findFirst()
        .orElseThrow()
        .withZoneSameInstant(java.time.ZoneOffset.UTC)
        .getHour();
  }

  @SuppressWarnings("unchecked")
  private static List<ZonedDateTime> occurrences(VEvent event, String from, String to) {
    Period<ZonedDateTime> window =
        new Period<>(
            LocalDate.parse(from).atStartOfDay(LONDON), LocalDate.parse(to).atStartOfDay(LONDON));
    return event.<Temporal>calculateRecurrenceSet(window).stream()
        .map(p -> (ZonedDateTime) p.getStart())
        .sorted()
        .toList();
  }
}
