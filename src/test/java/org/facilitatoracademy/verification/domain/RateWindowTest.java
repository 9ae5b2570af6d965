package org.facilitatoracademy.verification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RateWindowTest {

  @Test
  void aWindowIsTheCalendarMinuteThatHoldsTheMoment() {
    RateWindow window = RateWindow.containing(Instant.parse("2026-11-20T10:15:42.300Z"));
    assertThat(window.start()).isEqualTo(Instant.parse("2026-11-20T10:15:00Z"));
    assertThat(window.end()).isEqualTo(Instant.parse("2026-11-20T10:16:00Z"));
  }

  @Test
  void retryAfterIsTheWholeSecondsLeftAndAtLeastOne() {
    RateWindow window = RateWindow.containing(Instant.parse("2026-11-20T10:15:00Z"));
    assertThat(window.secondsLeftAt(Instant.parse("2026-11-20T10:15:42.300Z"))).isEqualTo(18);
    assertThat(window.secondsLeftAt(Instant.parse("2026-11-20T10:15:00Z"))).isEqualTo(60);
    assertThat(window.secondsLeftAt(Instant.parse("2026-11-20T10:15:59.999Z"))).isEqualTo(1);
  }
}
