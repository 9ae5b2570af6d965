package org.facilitatoracademy.facilitation.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.stream.Collectors;
import org.facilitatoracademy.facilitation.domain.Schedule;
import org.facilitatoracademy.facilitation.domain.Venue;
import org.facilitatoracademy.platform.web.PageMessages;

/** How pages word a meeting's schedule and place, from the facilitation bundle. */
@Named
@ApplicationScoped
public class MeetingText {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.UK);

  @Inject private PageMessages messages;

  public String schedule(Schedule s) {
    if (s.isWeekly()) {
      return messages.text(
          "meetings.schedule.weekly",
          messages.text("meetings.weekday." + s.weekday()),
          s.time().toString(),
          s.timeZone().getId());
    }
    return messages.text(
        "meetings.schedule.dates",
        s.dates().stream().map(DAY::format).collect(Collectors.joining(", ")),
        s.time().toString(),
        s.timeZone().getId());
  }

  /** Online, in person or hybrid, in words. */
  public String attendance(Venue v) {
    return messages.text("finder.attendance." + v.attendance());
  }

  public String place(Venue v) {
    return v.online() ? messages.text("meetings.online") : v.city();
  }

  public String day(LocalDate date) {
    return DAY.format(date);
  }
}
