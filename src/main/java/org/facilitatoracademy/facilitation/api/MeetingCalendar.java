package org.facilitatoracademy.facilitation.api;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.DateList;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ExDate;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RDate;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.facilitatoracademy.facilitation.application.CancelledDay;
import org.facilitatoracademy.facilitation.application.PublicMeeting;
import org.facilitatoracademy.facilitation.domain.MeetingStatus;
import org.facilitatoracademy.facilitation.domain.Schedule;

/**
 * Meetings as an iCalendar (RFC 5545) file, written with ical4j: one event per meeting, repeating
 * weekly (RRULE) or on its dates (RDATE) at its local time in its own time zone, with that zone's
 * VTIMEZONE so a 19:00 London meeting stays 19:00 when the clocks change. Cancelled occurrences are
 * EXDATEs. Only what the public list shows: never who leads or serves.
 */
public final class MeetingCalendar {

  static final String MEDIA_TYPE = "text/calendar; charset=utf-8";
  private static final String BUNDLE = "org.facilitatoracademy.i18n.facilitation";

  private final String baseUrl;
  private final Locale locale;
  private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();

  public MeetingCalendar(String baseUrl, Locale locale) {
    this.baseUrl = baseUrl;
    this.locale = locale;
  }

  /** The calendar of these meetings, as the text of an .ics file. */
  public String write(List<PublicMeeting> meetings) {
    Calendar calendar = new Calendar();
    calendar.add(new ProdId("-//Facilitator Academy//Meetings//EN"));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    calendar.add(ImmutableMethod.PUBLISH);
    Set<ZoneId> usedZones = new LinkedHashSet<>();
    for (PublicMeeting m : meetings) {
      usedZones.add(m.schedule().timeZone());
    }
    for (ZoneId zone : usedZones) {
      calendar.add(zones.getTimeZone(zone.getId()).getVTimeZone());
    }
    for (PublicMeeting m : meetings) {
      calendar.add(event(m));
    }
    StringWriter out = new StringWriter();
    try {
      new CalendarOutputter(true).output(calendar, out);
      return out.toString();
    } catch (IOException e) {
      throw new IllegalStateException("The calendar could not be written", e);
    }
  }

  private VEvent event(PublicMeeting m) {
    Schedule schedule = m.schedule();
    ZoneId zone = schedule.timeZone();
    ZonedDateTime start = firstOccurrence(m).atTime(schedule.time()).atZone(zone);
    VEvent event = new VEvent(start, start.plusMinutes(m.durationMinutes()), m.title());
    event.replace(new DtStamp(m.updated()));
    event.add(new Uid(m.id() + "@" + host()));
    event.add(new LastModified(m.updated()));
    if (schedule.isWeekly()) {
      String day = schedule.weekday().name().substring(0, 2);
      event.add(new RRule<ZonedDateTime>(new Recur<>("FREQ=WEEKLY;BYDAY=" + day)));
    } else if (schedule.dates().size() > 1) {
      List<ZonedDateTime> more = new ArrayList<>();
      schedule.dates().stream()
          .skip(1)
          .forEach(d -> more.add(d.atTime(schedule.time()).atZone(zone)));
      event.add(new RDate<>(inZone(zone), new DateList<>(more)));
    }
    List<ZonedDateTime> cancelled =
        m.cancellations().stream()
            .map(CancelledDay::date)
            .map(d -> d.atTime(schedule.time()).atZone(zone))
            .toList();
    if (!cancelled.isEmpty()) {
      event.add(new ExDate<>(inZone(zone), new DateList<>(cancelled)));
    }
    String page = baseUrl + "/meetings/" + m.id();
    event.add(new Url(URI.create(page)));
    event.add(new Location(where(m)));
    event.add(new Description(description(m, page)));
    if (m.status() == MeetingStatus.TEMPORARILY_CLOSED) {
      event.add(new Status(Status.VALUE_TENTATIVE));
    }
    return event;
  }

  /** Dates in the meeting's own zone, which the calendar's VTIMEZONE defines. */
  private static ParameterList inZone(ZoneId zone) {
    return new ParameterList(List.of(new TzId(zone.getId())));
  }

  /** The first day it meets, from the day it was registered: a stable start for every export. */
  private static LocalDate firstOccurrence(PublicMeeting m) {
    Schedule s = m.schedule();
    if (!s.isWeekly()) {
      return s.dates().get(0);
    }
    LocalDate registered = m.createdAt().atZone(s.timeZone()).toLocalDate();
    return registered.with(TemporalAdjusters.nextOrSame(s.weekday()));
  }

  private String where(PublicMeeting m) {
    if (m.venue().online()) {
      return m.venue().conferenceUrl();
    }
    return m.venue().streetAddress().orElse(m.venue().city());
  }

  private String description(PublicMeeting m, String page) {
    ResourceBundle text = ResourceBundle.getBundle(BUNDLE, locale);
    List<String> lines = new ArrayList<>();
    if (m.status() == MeetingStatus.TEMPORARILY_CLOSED) {
      lines.add(text.getString("calendar.closed") + m.statusNote().map(n -> ": " + n).orElse(""));
    }
    m.venue().link().ifPresent(link -> lines.add(text.getString("calendar.join") + " " + link));
    if (!m.venue().online()) {
      lines.add(text.getString("calendar.venue") + " " + where(m));
    }
    if (m.ledByCertifiedLeader()) {
      lines.add(text.getString("calendar.certified"));
    }
    for (CancelledDay c : m.cancellations()) {
      lines.add(
          text.getString("calendar.cancelled")
              + " "
              + c.date()
              + c.note().map(n -> ": " + n).orElse(""));
    }
    lines.add(text.getString("calendar.page") + " " + page);
    return String.join("\n", lines);
  }

  private String host() {
    String host = URI.create(baseUrl).getHost();
    return host == null ? "facilitator-academy" : host;
  }
}
