package org.facilitatoracademy.facilitation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.facilitatoracademy.facilitation.application.CancelledDay;
import org.facilitatoracademy.facilitation.application.PublicMeeting;

/**
 * A meeting's own public page: when it meets, in its own time zone and in the one the visitor
 * picks, how to join, whether a certified leader leads it, and its calendar file. The meeting was
 * looked up by {@link MeetingFinderServlet}. Never a person.
 */
@Named
@RequestScoped
public class MeetingPageBacking {

  static final int COMING = 6;
  private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

  @Inject private HttpServletRequest request;
  @Inject private Clock clock;

  public PublicMeeting getMeeting() {
    return (PublicMeeting) request.getAttribute(MeetingFinderServlet.MEETING);
  }

  /** The zone the visitor asked for (?tz=), or the meeting's own. */
  public ZoneId getVisitorZone() {
    String asked = request.getParameter("tz");
    if (asked != null && !asked.isBlank()) {
      try {
        return ZoneId.of(asked.strip());
      } catch (DateTimeException e) {
        // An unknown zone falls back to the meeting's own; the form offers only real ones.
      }
    }
    return getMeeting().schedule().timeZone();
  }

  public boolean isOtherZone() {
    return !getVisitorZone().equals(getMeeting().schedule().timeZone());
  }

  /** The coming occurrences, with whether each is cancelled. */
  public List<Occurrence> getComing() {
    PublicMeeting m = getMeeting();
    ZoneId zone = m.schedule().timeZone();
    LocalDate today = LocalDate.now(clock.withZone(zone));
    DateTimeFormatter format =
        DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale());
    return m.schedule().nextDays(today, COMING).stream()
        .map(
            day -> {
              ZonedDateTime there = day.atTime(m.schedule().time()).atZone(zone);
              ZonedDateTime here = there.withZoneSameInstant(getVisitorZone());
              CancelledDay off =
                  m.cancellations().stream()
                      .filter(c -> c.date().equals(day))
                      .findFirst()
                      .orElse(null);
              return new Occurrence(
                  day.toString(),
                  shortDate(there, format),
                  shortDate(here, format),
                  off != null,
                  off == null ? null : off.note().orElse(null));
            })
        .toList();
  }

  private static String shortDate(ZonedDateTime at, DateTimeFormatter format) {
    return format.format(at) + " · " + HH_MM.format(at);
  }

  private Locale locale() {
    Locale asked = request.getLocale();
    return asked == null ? Locale.UK : asked;
  }

  /** The calendar file of this meeting. */
  public String getCalendarHref() {
    return request.getContextPath() + "/meetings/" + getMeeting().id() + ".ics";
  }

  /** One coming occurrence: in the meeting's zone, in the visitor's, cancelled or not. */
  public record Occurrence(
      String date, String there, String here, boolean cancelled, String note) {}
}
