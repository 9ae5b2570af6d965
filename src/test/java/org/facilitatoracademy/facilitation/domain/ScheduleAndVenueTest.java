package org.facilitatoracademy.facilitation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScheduleAndVenueTest {

  static final LocalTime SEVEN_PM = LocalTime.of(19, 0);
  static final ZoneId LONDON = ZoneId.of("Europe/London");

  @Test
  void aScheduleIsWeeklyOrOnDatesButNotBoth() {
    assertThat(Schedule.weekly(DayOfWeek.MONDAY, SEVEN_PM, LONDON).isWeekly()).isTrue();
    assertThatThrownBy(
            () ->
                new Schedule(
                    DayOfWeek.MONDAY, List.of(LocalDate.of(2026, 12, 1)), SEVEN_PM, LONDON))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Schedule.onDates(List.of(), SEVEN_PM, LONDON))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void datesAreSortedWithoutRepeats() {
    LocalDate first = LocalDate.of(2026, 12, 1);
    LocalDate second = LocalDate.of(2026, 12, 15);
    assertThat(Schedule.onDates(List.of(second, first, second), SEVEN_PM, LONDON).dates())
        .containsExactly(first, second);
  }

  @Test
  void anInPersonMeetingNeedsACityAndAnOnlineOneHasNone() {
    assertThat(Venue.forOnlineMeeting("https://meet.example.org/a").city()).isNull();
    assertThat(new Venue(true, "Leeds", "1 High St", "https://meet.example.org/a").city()).isNull();
    assertThat(Venue.inPerson("  Leeds ").city()).isEqualTo("Leeds");
    assertThatThrownBy(() -> Venue.inPerson(" ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anOnlineMeetingNeedsAnHttpsLinkAndAnInPersonOneWithALinkIsHybrid() {
    assertThatThrownBy(() -> new Venue(true, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("conferenceUrl");
    assertThatThrownBy(() -> Venue.forOnlineMeeting("http://meet.example.org/a"))
        .hasMessageContaining("https");
    assertThatThrownBy(() -> Venue.forOnlineMeeting("https:///no-host"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Venue.forOnlineMeeting("https://meet.example.org/a").attendance())
        .isEqualTo(Venue.Attendance.ONLINE);
    assertThat(Venue.inPerson("Leeds", "1 High St").attendance())
        .isEqualTo(Venue.Attendance.IN_PERSON);
    assertThat(Venue.hybrid("Leeds", "1 High St", "https://meet.example.org/a").attendance())
        .isEqualTo(Venue.Attendance.HYBRID);
    assertThat(Venue.forOnlineMeeting("https://meet.example.org/a").address()).isNull();
  }
}
