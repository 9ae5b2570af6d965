package org.facilitatoracademy.verification.application;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.OptionalLong;
import org.facilitatoracademy.verification.domain.RateCounts;
import org.facilitatoracademy.verification.domain.RateWindow;

/**
 * The per-client limit on look-ups (page and API together), which makes guessing codes hopeless on
 * top of their 80 random bits. Clients are told apart by their address, kept only as a hash and
 * only for the minute that counts.
 */
@ApplicationScoped
public class RateLimiter {

  @Inject private RateCounts counter;
  @Inject private VerificationSettings settings;
  @Inject private Clock clock;

  /** Counts a look-up; empty when it may go ahead, otherwise the seconds to wait. */
  public OptionalLong admit(String clientAddress) {
    Instant now = clock.instant();
    RateWindow window = RateWindow.containing(now);
    String key = keyOf(clientAddress);
    int hits;
    try {
      hits = counter.add(key, window.start());
    } catch (EJBException | PersistenceException raced) {
      // Another node inserted this client's row first: now there is a row to count on.
      hits = counter.add(key, window.start());
    }
    return hits > settings.rateLimitPerMinute()
        ? OptionalLong.of(window.secondsLeftAt(now))
        : OptionalLong.empty();
  }

  private static String keyOf(String clientAddress) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(String.valueOf(clientAddress).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
