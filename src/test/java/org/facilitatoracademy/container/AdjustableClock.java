package org.facilitatoracademy.container;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock tests can move forward. Packaged only into test deployments, where it replaces the system
 * clock for every time-dependent rule; production has no way to move time.
 */
@Alternative
@Priority(1000)
@ApplicationScoped
public class AdjustableClock extends Clock {

  private volatile Duration offset = Duration.ZERO;

  public void advance(Duration by) {
    offset = offset.plus(by);
  }

  public void reset() {
    offset = Duration.ZERO;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return Clock.offset(Clock.system(zone), offset);
  }

  @Override
  public Instant instant() {
    return Instant.now().plus(offset);
  }
}
