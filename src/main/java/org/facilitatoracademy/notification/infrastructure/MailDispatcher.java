package org.facilitatoracademy.notification.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.facilitatoracademy.notification.application.MailSettings;

/**
 * Sends due outbox messages every few seconds when an SMTP server is configured. Each node of a
 * cluster runs it; the optimistic lock on each message makes sure one node sends it.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailDispatcher {

  private static final Logger LOG = Logger.getLogger(MailDispatcher.class.getName());

  @Resource private ManagedScheduledExecutorService scheduler;

  @Inject private MailSettings settings;

  @Inject private OutboxSender sender;

  @Inject
  @ConfigProperty(name = "academy.mail.poll-seconds", defaultValue = "5")
  int pollSeconds;

  private ScheduledFuture<?> task;

  @PostConstruct
  void start() {
    if (!settings.configured()) {
      LOG.info("No SMTP server configured (ACADEMY_MAIL_HOST): mail stays in the outbox.");
      return;
    }
    LOG.info(() -> "Sending mail through " + settings.host() + ":" + settings.port());
    task = scheduler.scheduleWithFixedDelay(this::sendDue, 2, pollSeconds, TimeUnit.SECONDS);
  }

  private void sendDue() {
    try {
      List<Long> due = sender.dueIds(50);
      for (Long id : due) {
        sender.send(id);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Sending mail from the outbox failed; will retry", e);
    }
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }
}
