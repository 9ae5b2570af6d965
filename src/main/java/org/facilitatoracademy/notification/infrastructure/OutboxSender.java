package org.facilitatoracademy.notification.infrastructure;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.facilitatoracademy.notification.application.MailSettings;
import org.facilitatoracademy.notification.domain.OutboxMessage;

/** Sends one outbox message over SMTP and records the outcome. */
@Stateless
public class OutboxSender {

  @PersistenceContext(unitName = "academy")
  private EntityManager em;

  @Inject private MailSettings settings;

  @Inject private Clock clock;

  public List<Long> dueIds(int max) {
    return em.createQuery(
            "select m.id from OutboxMessage m where m.status = :pending and m.nextAttemptAt <= :now"
                + " order by m.id",
            Long.class)
        .setParameter("pending", OutboxMessage.Status.PENDING)
        .setParameter("now", Instant.now(clock))
        .setMaxResults(max)
        .getResultList();
  }

  /**
   * Sends in its own transaction. If another node already sent the message, the version check on
   * commit fails here; the message was sent once by the other node and nothing is lost. (A crash
   * between sending and committing can send a message twice: for notifications that is the better
   * failure than losing one.)
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void send(Long id) {
    OutboxMessage message = em.find(OutboxMessage.class, id);
    if (message == null || message.status() != OutboxMessage.Status.PENDING) {
      return;
    }
    Instant now = Instant.now(clock);
    try {
      transmit(message);
      message.markSent(now);
    } catch (MessagingException e) {
      message.markFailedAttempt(now, e.getMessage(), settings.maxAttempts());
    }
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      // Another node handled it first.
    }
  }

  private void transmit(OutboxMessage message) throws MessagingException {
    Properties props = new Properties();
    props.put("mail.smtp.host", settings.host());
    props.put("mail.smtp.port", Integer.toString(settings.port()));
    props.put("mail.smtp.connectiontimeout", "5000");
    props.put("mail.smtp.timeout", "10000");
    Session session = Session.getInstance(props);
    MimeMessage mime = new MimeMessage(session);
    mime.setFrom(new InternetAddress(settings.from()));
    mime.setRecipient(Message.RecipientType.TO, new InternetAddress(message.recipient()));
    mime.setSubject(message.subject(), StandardCharsets.UTF_8.name());
    mime.setText(message.body(), StandardCharsets.UTF_8.name());
    Transport.send(mime);
  }
}
