package org.facilitatoracademy.verification.infrastructure;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.facilitatoracademy.verification.domain.RateCounts;
import org.facilitatoracademy.verification.domain.RateWindow;

/**
 * Counts look-ups per client and window in the database, so every node of a cluster sees the same
 * count. Each count runs in its own short transaction, so a look-up that fails later still counts.
 */
@Stateless
public class DatabaseRateCounts implements RateCounts {

  @PersistenceContext(unitName = "academy")
  private EntityManager em;

  @Inject private Clock clock;

  /**
   * Adds one look-up and returns the client's count in the window. Two nodes may both find no row
   * and insert at once; the loser's insert fails on the primary key and the caller counts again.
   */
  @Override
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int add(String clientKey, Instant windowStart) {
    Timestamp start = Timestamp.from(windowStart);
    int updated =
        em.createNativeQuery(
                "UPDATE verification_rate_window SET hits = hits + 1"
                    + " WHERE client_key = ? AND window_start = ?")
            .setParameter(1, clientKey)
            .setParameter(2, start)
            .executeUpdate();
    if (updated == 0) {
      em.createNativeQuery(
              "INSERT INTO verification_rate_window (client_key, window_start, hits)"
                  + " VALUES (?, ?, 1)")
          .setParameter(1, clientKey)
          .setParameter(2, start)
          .executeUpdate();
      return 1;
    }
    return ((Number)
            em.createNativeQuery(
                    "SELECT hits FROM verification_rate_window"
                        + " WHERE client_key = ? AND window_start = ?")
                .setParameter(1, clientKey)
                .setParameter(2, start)
                .getSingleResult())
        .intValue();
  }

  /**
   * Forgets every window that has ended: nothing derived from a verifier's address outlives the
   * minute it was needed for. Every node runs it; deleting twice does no harm.
   */
  @Schedule(second = "5", minute = "*", hour = "*", persistent = false)
  public void forgetEndedWindows() {
    em.createNativeQuery("DELETE FROM verification_rate_window WHERE window_start < ?")
        .setParameter(1, Timestamp.from(RateWindow.containing(clock.instant()).start()))
        .executeUpdate();
  }
}
