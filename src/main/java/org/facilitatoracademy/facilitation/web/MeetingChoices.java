package org.facilitatoracademy.facilitation.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.facilitatoracademy.facilitation.domain.MeetingKind;

/** The fixed choices of the meeting form. */
@Named
@ApplicationScoped
public class MeetingChoices {

  private final List<String> timeZones =
      ZoneId.getAvailableZoneIds().stream()
          .filter(id -> id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/"))
          .sorted()
          .toList();

  public List<String> getKinds() {
    return Arrays.stream(MeetingKind.values()).map(Enum::name).toList();
  }

  public List<String> getWeekdays() {
    return Arrays.stream(DayOfWeek.values()).map(Enum::name).toList();
  }

  public List<String> getTimeZones() {
    return timeZones;
  }
}
