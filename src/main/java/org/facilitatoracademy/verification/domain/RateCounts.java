package org.facilitatoracademy.verification.domain;

import java.time.Instant;

/** Look-ups counted per client and window, shared by every node of a cluster. */
public interface RateCounts {

  /** Adds one look-up and returns the client's count in the window that starts then. */
  int add(String clientKey, Instant windowStart);
}
