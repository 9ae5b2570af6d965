package org.facilitatoracademy.facilitation.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * When a meeting meets: every week on a weekday, or on a list of dates; always at a local time in a
 * named time zone, so "19:00 in London" stays 19:00 across daylight saving changes.
 */
public record Schedule(DayOfWeek weekday, List<LocalDate> dates, LocalTime time, ZoneId timeZone) {

  /** At most a year of single dates: longer series are weekly meetings. */
  public static final int MAX_DATES = 60;

  public Schedule {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(timeZone, "timeZone");
    dates = dates == null ? List.of() : dates.stream().distinct().sorted().toList();
    if ((weekday == null) == dates.isEmpty()) {
      throw new IllegalArgumentException(
          "A schedule is either a weekday (a weekly meeting) or a list of dates, not both.");
    }
    if (dates.size() > MAX_DATES) {
      throw new IllegalArgumentException(
          "A meeting lists at most " + MAX_DATES + " dates; make a longer series weekly.");
    }
  }

  public static Schedule weekly(DayOfWeek weekday, LocalTime time, ZoneId timeZone) {
    return new Schedule(Objects.requireNonNull(weekday, "weekday"), List.of(), time, timeZone);
  }

  public static Schedule onDates(List<LocalDate> dates, LocalTime time, ZoneId timeZone) {
    return new Schedule(null, dates, time, timeZone);
  }

  public boolean isWeekly() {
    return weekday != null;
  }

  /** Whether the meeting meets on this day (in its own time zone). */
  public boolean meetsOn(LocalDate day) {
    return isWeekly() ? day.getDayOfWeek() == weekday : dates.contains(day);
  }

  /** The next days it meets, from {@code from} on (that day included), at most {@code count}. */
  public List<LocalDate> nextDays(LocalDate from, int count) {
    if (isWeekly()) {
      LocalDate first = from.with(TemporalAdjusters.nextOrSame(weekday));
      return Stream.iterate(first, d -> d.plusWeeks(1)).limit(count).toList();
    }
    return dates.stream().filter(d -> !d.isBefore(from)).limit(count).toList();
  }

  /** Whether it meets on this weekday (a weekly meeting, or one of its dates falls on it). */
  public boolean meetsOnA(DayOfWeek day) {
    return isWeekly() ? weekday == day : dates.stream().anyMatch(d -> d.getDayOfWeek() == day);
  }

  public Optional<DayOfWeek> weekdayIfWeekly() {
    return Optional.ofNullable(weekday);
  }
}
