package org.facilitatoracademy.notification.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.facilitatoracademy.notification.domain.OutboxMessage;

/** Queues mail for people; other contexts call this inside their own transaction. */
@Stateless
public class Outbox {

  @PersistenceContext(unitName = "academy")
  private EntityManager em;

  @Inject private Clock clock;

  public void queue(String recipient, String subject, String body) {
    em.persist(new OutboxMessage(recipient, subject, body, Instant.now(clock)));
  }

  /**
   * Erases every message to this address, sent or not: its account is being closed, and mail names
   * the person and says what they did.
   */
  public void forget(String recipient) {
    em.createQuery("delete from OutboxMessage m where lower(m.recipient) = :r")
        .setParameter("r", recipient.toLowerCase(Locale.ROOT))
        .executeUpdate();
  }

  /** The newest messages first, for administrators when no mail server is configured. */
  @RolesAllowed("ADMIN")
  public List<OutboxMessage> recent(int first, int max) {
    return em.createQuery("select m from OutboxMessage m order by m.id desc", OutboxMessage.class)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  @RolesAllowed("ADMIN")
  public long count() {
    return em.createQuery("select count(m) from OutboxMessage m", Long.class).getSingleResult();
  }
}
