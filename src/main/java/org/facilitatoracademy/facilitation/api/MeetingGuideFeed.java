package org.facilitatoracademy.facilitation.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.facilitatoracademy.facilitation.application.CancelledDay;
import org.facilitatoracademy.facilitation.application.PublicMeeting;
import org.facilitatoracademy.facilitation.domain.MeetingKind;
import org.facilitatoracademy.facilitation.domain.MeetingStatus;
import org.facilitatoracademy.facilitation.domain.Schedule;
import org.facilitatoracademy.facilitation.domain.Venue;

/**
 * The meetings in the Meeting Guide JSON format (Code for Recovery's open meeting-list format, read
 * by the Meeting Guide app, the 12 Step Meeting List plugin and TSML UI): a plain array, one object
 * per weekly meeting. The format is for weekly meetings only, so meetings held on single dates are
 * left out (they are in the calendars). Only what the public list shows: never a person's name.
 */
public final class MeetingGuideFeed {

  private static final DateTimeFormatter UPDATED =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

  /** The feed has one language for every reader: the bundle's base (English) text. */
  private static final ResourceBundle TEXT =
      ResourceBundle.getBundle("org.facilitatoracademy.i18n.facilitation", Locale.ROOT);

  private final String baseUrl;
  private final Map<String, String> regionNames;

  /** {@code regionNames}: region code to the name people know it by. */
  public MeetingGuideFeed(String baseUrl, Map<String, String> regionNames) {
    this.baseUrl = baseUrl;
    this.regionNames = regionNames;
  }

  /** The meetings the feed lists: weekly ones that are not closed for good. */
  public static List<PublicMeeting> listed(List<PublicMeeting> meetings) {
    return meetings.stream()
        .filter(m -> m.schedule().isWeekly() && m.status() != MeetingStatus.CLOSED)
        .toList();
  }

  /**
   * The feed's entries, keys in the format's order; {@code today} picks the coming cancellations.
   */
  public List<Map<String, Object>> entries(List<PublicMeeting> meetings, LocalDate today) {
    return listed(meetings).stream().map(m -> entry(m, today)).toList();
  }

  private Map<String, Object> entry(PublicMeeting m, LocalDate today) {
    Schedule s = m.schedule();
    Venue v = m.venue();
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("name", m.title());
    e.put("slug", m.id());
    // The format numbers days from Sunday (0) to Saturday (6); java.time from Monday (1) to Sunday
    // (7).
    e.put("day", s.weekday().getValue() % 7);
    e.put("time", HH_MM.format(s.time()));
    e.put("end_time", HH_MM.format(endOf(s.time(), m.durationMinutes())));
    e.put("timezone", s.timeZone().getId());
    e.put("types", types(m));
    v.link().ifPresent(link -> e.put("conference_url", link));
    if (!v.online()) {
      e.put("location", v.city());
      e.put("formatted_address", v.streetAddress().orElse(v.city()));
      e.put("city", v.city());
      e.put("approximate", v.streetAddress().isPresent() ? "no" : "yes");
    }
    e.put("region", regionNames.getOrDefault(m.region(), m.region()));
    notes(m, today).ifPresent(n -> e.put("notes", n));
    e.put("updated", UPDATED.format(m.updated()));
    e.put("url", baseUrl + "/meetings/" + m.id());
    e.put("attendance_option", attendance(m));
    List<Map<String, Object>> coming = new ArrayList<>();
    for (CancelledDay c : m.cancellations()) {
      if (!c.date().isBefore(today)) {
        Map<String, Object> day = new LinkedHashMap<>();
        day.put("date", c.date().toString());
        c.note().ifPresent(n -> day.put("note", n));
        coming.add(day);
      }
    }
    if (!coming.isEmpty()) {
      // Our own field, ignored by importers that do not know it: the coming weeks it does not meet.
      e.put("cancellations", coming);
    }
    return e;
  }

  static List<String> types(PublicMeeting m) {
    List<MeetingGuideType> types = new ArrayList<>();
    types.add(MeetingGuideType.OPEN);
    types.add(MeetingGuideType.SECULAR);
    types.add(
        m.kind() == MeetingKind.DISCUSSION
            ? MeetingGuideType.DISCUSSION
            : MeetingGuideType.FOUR_POINT);
    if (m.venue().link().isPresent()) {
      types.add(MeetingGuideType.ONLINE);
    }
    if (m.status() == MeetingStatus.TEMPORARILY_CLOSED) {
      types.add(MeetingGuideType.TEMPORARILY_CLOSED);
    }
    if (m.ledByCertifiedLeader()) {
      types.add(MeetingGuideType.CERTIFIED_LEADER);
    }
    return types.stream().map(MeetingGuideType::code).toList();
  }

  static String attendance(PublicMeeting m) {
    if (m.status() == MeetingStatus.TEMPORARILY_CLOSED) {
      return "inactive";
    }
    return switch (m.venue().attendance()) {
      case ONLINE -> "online";
      case HYBRID -> "hybrid";
      case IN_PERSON -> "in_person";
    };
  }

  private static java.util.Optional<String> notes(PublicMeeting m, LocalDate today) {
    List<String> lines = new ArrayList<>();
    if (m.status() == MeetingStatus.TEMPORARILY_CLOSED) {
      lines.add(TEXT.getString("feed.closed") + m.statusNote().map(n -> ": " + n).orElse("."));
    }
    for (CancelledDay c : m.cancellations()) {
      if (!c.date().isBefore(today)) {
        lines.add(
            TEXT.getString("feed.cancelled")
                + " "
                + c.date()
                + c.note().map(n -> ": " + n).orElse("."));
      }
    }
    return lines.isEmpty()
        ? java.util.Optional.empty()
        : java.util.Optional.of(String.join("\n", lines));
  }

  private static LocalTime endOf(LocalTime start, int minutes) {
    return start.plusMinutes(minutes);
  }

  /** When the newest of these meetings changed (the feed's Last-Modified). */
  public static Instant lastChange(List<PublicMeeting> meetings) {
    return meetings.stream()
        .map(PublicMeeting::updated)
        .max(Instant::compareTo)
        .orElse(Instant.EPOCH);
  }
}
