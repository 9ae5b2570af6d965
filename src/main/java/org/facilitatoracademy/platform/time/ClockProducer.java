package org.facilitatoracademy.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The one source of "now" for every time-dependent rule (locks, expiry, deadlines). Tests replace
 * it with an adjustable clock through a CDI alternative packaged only with the tests.
 */
@ApplicationScoped
public class ClockProducer {

  @Produces
  @ApplicationScoped
  Clock clock() {
    return Clock.systemUTC();
  }
}
