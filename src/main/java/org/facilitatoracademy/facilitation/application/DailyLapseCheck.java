package org.facilitatoracademy.facilitation.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.facilitatoracademy.facilitation.domain.MeetingRepository;

/**
 * Once a day, every meeting's duties are checked against the credentials as they stand that day:
 * this is what ends the duties of leaders whose grace period ran out, which no status change
 * announces. The timer fires every hour on every node; each meeting is claimed for the day in the
 * database, so the check runs once a day per meeting however many nodes there are, and a day the
 * server was down is caught up at the next hour.
 */
@Singleton
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DailyLapseCheck {

  private static final Logger LOG = Logger.getLogger(DailyLapseCheck.class.getName());
  private static final int BATCH = 100;

  @Inject private MeetingRepository meetings;
  @Inject private LapseReview review;
  @Inject private Clock clock;

  @Schedule(hour = "*", minute = "17", persistent = false)
  void onTimer() {
    try {
      int changed = run();
      if (changed > 0) {
        LOG.info(() -> "Lapsed credentials ended duties in " + changed + " meeting(s).");
      }
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING, "The daily check of meeting leaders failed; it runs again next hour", e);
    }
  }

  /** Checks every meeting not yet checked today; returns how many lost someone. */
  public int run() {
    LocalDate today = LocalDate.now(clock);
    Set<Long> seen = new HashSet<>();
    int changed = 0;
    while (true) {
      List<Long> batch =
          meetings.uncheckedWithDuties(today, BATCH).stream().filter(seen::add).toList();
      if (batch.isEmpty()) {
        return changed;
      }
      for (Long id : batch) {
        LapseReview.Outcome outcome = review.dailyCheck(id, today);
        if (outcome == LapseReview.Outcome.CONFLICT) {
          outcome = review.dailyCheck(id, today);
        }
        if (outcome == LapseReview.Outcome.ENDED) {
          changed++;
        }
      }
    }
  }
}
