package org.facilitatoracademy.certification.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.facilitatoracademy.platform.errors.BusinessException;

/**
 * Runs the expiry sweep every night and once shortly after start (so a night the server was down is
 * caught up). Every node of a cluster runs it; the sweep's claims make that safe.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DailyCertificateJob {

  private static final Logger LOG = Logger.getLogger(DailyCertificateJob.class.getName());

  @Inject private ExpirySweep sweep;
  @Resource private TimerService timers;

  @PostConstruct
  void scheduleCatchUp() {
    timers.createSingleActionTimer(120_000, new TimerConfig(null, false));
  }

  @Timeout
  void catchUp() {
    runNow();
  }

  @Schedule(hour = "1", minute = "15", persistent = false)
  void nightly() {
    runNow();
  }

  private void runNow() {
    try {
      ExpirySweep.Outcome outcome = sweep.run();
      LOG.info(
          () ->
              "Certificate expiry sweep: "
                  + outcome.reminders()
                  + " reminders, "
                  + outcome.expired()
                  + " expired, "
                  + outcome.lapsed()
                  + " past their grace period");
    } catch (BusinessException | jakarta.ejb.EJBException e) {
      LOG.log(Level.WARNING, "The certificate expiry sweep failed; the next run catches up", e);
    }
  }
}
