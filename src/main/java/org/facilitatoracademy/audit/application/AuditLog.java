package org.facilitatoracademy.audit.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.facilitatoracademy.audit.domain.AuditChain;
import org.facilitatoracademy.audit.domain.AuditEvent;
import org.facilitatoracademy.audit.domain.AuditHead;

/**
 * The append-only record of who did what. Each entry is written in its own transaction, so a failed
 * sign-in is recorded even though the sign-in itself is refused.
 */
@Stateless
public class AuditLog {

  @PersistenceContext(unitName = "academy")
  private EntityManager em;

  @Inject private Clock clock;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void record(String actor, String action, String subject, String details) {
    AuditHead head = em.find(AuditHead.class, 1, LockModeType.PESSIMISTIC_WRITE);
    AuditEvent event =
        new AuditEvent(
            head.lastPosition() + 1,
            Instant.now(clock),
            actor == null ? "anonymous" : actor,
            action,
            subject,
            details,
            head.lastHash());
    em.persist(event);
    head.advanceTo(event);
  }

  @RolesAllowed("ADMIN")
  public List<AuditEvent> between(Instant from, Instant to, int max) {
    return em.createQuery(
            "select e from AuditEvent e where e.occurredAt >= :from and e.occurredAt < :to"
                + " order by e.position",
            AuditEvent.class)
        .setParameter("from", from)
        .setParameter("to", to)
        .setMaxResults(max)
        .getResultList();
  }

  /** Walks the whole chain; returns the position of the first tampered event, if any. */
  @RolesAllowed("ADMIN")
  public Optional<Long> firstBreak() {
    return firstBreakForSystem();
  }

  /** The same check for the system itself (start-up checks, tests), not tied to a caller. */
  public Optional<Long> firstBreakForSystem() {
    List<AuditEvent> all =
        em.createQuery("select e from AuditEvent e order by e.position", AuditEvent.class)
            .getResultList();
    return AuditChain.firstBreak(all, AuditChain.GENESIS);
  }
}
