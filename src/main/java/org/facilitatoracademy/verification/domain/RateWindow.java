package org.facilitatoracademy.verification.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * The fixed one-minute window a look-up counts in. A client may make {@code limit} look-ups per
 * window; once over, it waits until the window ends.
 */
public record RateWindow(Instant start, Duration length) {

  public static final Duration MINUTE = Duration.ofMinutes(1);

  /** The window that holds {@code now}. */
  public static RateWindow containing(Instant now) {
    long minutes = Math.floorDiv(now.getEpochSecond(), MINUTE.getSeconds());
    return new RateWindow(Instant.ofEpochSecond(minutes * MINUTE.getSeconds()), MINUTE);
  }

  public Instant end() {
    return start.plus(length);
  }

  /** Whole seconds until the window ends, at least 1: the value of {@code Retry-After}. */
  public long secondsLeftAt(Instant now) {
    long millis = Duration.between(now, end()).toMillis();
    return Math.max(1, (millis + 999) / 1000);
  }
}
