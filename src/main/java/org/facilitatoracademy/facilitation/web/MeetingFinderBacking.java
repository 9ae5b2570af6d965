package org.facilitatoracademy.facilitation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.DayOfWeek;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.facilitatoracademy.facilitation.application.MeetingListings;
import org.facilitatoracademy.facilitation.application.PublicMeeting;
import org.facilitatoracademy.facilitation.domain.MeetingKind;
import org.facilitatoracademy.identity.application.AccountService;
import org.facilitatoracademy.identity.domain.Region;

/**
 * The public meeting finder: a plain GET form (region, day, online or in person, kind) and the
 * meetings that match, rendered on the server. Request-scoped and stateless: a visitor opens no
 * session, and every filter is in the address, so a region can link to "our Monday meetings".
 */
@Named
@RequestScoped
public class MeetingFinderBacking {

  /** "online" keeps meetings one can join online (online and hybrid); "in_person" the others. */
  static final String ONLINE = "online";

  static final String IN_PERSON = "in_person";

  @Inject private HttpServletRequest request;
  @Inject private MeetingListings listings;
  @Inject private AccountService accounts;

  private List<PublicMeeting> meetings;

  public List<PublicMeeting> getMeetings() {
    if (meetings == null) {
      Optional<DayOfWeek> day = parse(getDay(), DayOfWeek::valueOf);
      Optional<MeetingKind> kind = parse(getKind(), MeetingKind::valueOf);
      String attendance = getAttendance();
      meetings =
          listings.running(getRegion()).stream()
              .filter(m -> day.map(d -> m.schedule().meetsOnA(d)).orElse(true))
              .filter(m -> kind.map(k -> m.kind() == k).orElse(true))
              .filter(m -> !ONLINE.equals(attendance) || m.venue().link().isPresent())
              .filter(m -> !IN_PERSON.equals(attendance) || !m.venue().online())
              .sorted(
                  Comparator.comparing((PublicMeeting m) -> firstDay(m))
                      .thenComparing(m -> m.schedule().time())
                      .thenComparing(PublicMeeting::title))
              .toList();
    }
    return meetings;
  }

  private static int firstDay(PublicMeeting m) {
    return m.schedule().isWeekly()
        ? m.schedule().weekday().getValue()
        : m.schedule().dates().get(0).getDayOfWeek().getValue();
  }

  private interface Parser<T> {
    T parse(String text);
  }

  private static <T> Optional<T> parse(String text, Parser<T> parser) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(parser.parse(text.toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  public List<Region> getRegions() {
    return accounts.regions();
  }

  public List<DayOfWeek> getDays() {
    return List.of(DayOfWeek.values());
  }

  public List<MeetingKind> getKinds() {
    return List.of(MeetingKind.values());
  }

  /** The region's name, for a meeting's line. */
  public String regionName(String code) {
    return getRegions().stream()
        .filter(r -> r.code().equals(code))
        .map(Region::name)
        .findFirst()
        .orElse(code);
  }

  public String getRegion() {
    return param("region");
  }

  public String getDay() {
    return param("day");
  }

  public String getAttendance() {
    return param("attendance");
  }

  public String getKind() {
    return param("kind");
  }

  private String param(String name) {
    String value = request.getParameter(name);
    return value == null || value.isBlank() ? null : value.strip();
  }
}
