package org.facilitatoracademy.assessment.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every minute, grades attempts whose time ran out and that nobody came back to. The person's next
 * visit would grade them too; this makes results (and passes) appear without one.
 */
@Singleton
public class OverdueAttemptsJob {

  private static final Logger LOG = Logger.getLogger(OverdueAttemptsJob.class.getName());
  private static final int BATCH = 100;

  @Inject private AttemptClosing closing;

  @Schedule(hour = "*", minute = "*", second = "30", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void closeOverdueAttempts() {
    for (String attemptId : closing.overdue(BATCH)) {
      try {
        closing.closeIfOverdue(attemptId);
      } catch (RuntimeException e) {
        // One attempt that cannot be graded must not keep the others open.
        LOG.log(Level.WARNING, "Could not close the overdue attempt " + attemptId, e);
      }
    }
  }
}
