package org.facilitatoracademy.container;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Reads and pokes the database directly, for in-container tests only. */
@Stateless
public class TestQueries {

  @PersistenceContext(unitName = "academy")
  private EntityManager em;

  /** The body of the newest outbox message to this recipient. */
  public String lastMailTo(String recipient) {
    List<String> bodies =
        em.createQuery(
                "select m.body from OutboxMessage m where m.recipient = :r order by m.id desc",
                String.class)
            .setParameter("r", recipient)
            .setMaxResults(1)
            .getResultList();
    return bodies.isEmpty() ? null : bodies.get(0);
  }

  public String auditDetails(long position) {
    return (String)
        em.createNativeQuery("select details from audit_event where position = ?")
            .setParameter(1, position)
            .getSingleResult();
  }

  public long lastAuditPosition() {
    return ((Number)
            em.createNativeQuery("select max(position) from audit_event").getSingleResult())
        .longValue();
  }

  /** What an attacker with database access would do: rewrite history quietly. */
  public void overwriteAuditDetails(long position, String details) {
    em.createNativeQuery("update audit_event set details = ? where position = ?")
        .setParameter(1, details)
        .setParameter(2, position)
        .executeUpdate();
  }
}
