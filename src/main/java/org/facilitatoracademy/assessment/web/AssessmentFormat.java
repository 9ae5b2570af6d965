package org.facilitatoracademy.assessment.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * Dates, percentages and figures as the assessment pages show them. Times are in UTC and say so;
 * the countdown of an attempt runs in the browser from the server's deadline.
 */
@Named
@ApplicationScoped
public class AssessmentFormat {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter CLOCK =
      DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  public String when(Instant instant) {
    return instant == null ? "" : WHEN.format(instant);
  }

  public String whenPresent(Optional<Instant> instant) {
    return instant.map(this::when).orElse("");
  }

  public String clock(Instant instant) {
    return instant == null ? "" : CLOCK.format(instant) + " UTC";
  }

  /** ISO-8601, for scripts. */
  public String iso(Optional<Instant> instant) {
    return instant.map(Instant::toString).orElse("");
  }

  public String percent(double value) {
    return String.format(Locale.ENGLISH, "%.1f", value);
  }

  public String figure(double value) {
    return String.format(Locale.ENGLISH, "%.2f", value);
  }

  public String figurePresent(Optional<Double> value) {
    return value.map(this::figure).orElse("—");
  }
}
