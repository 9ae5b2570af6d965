package org.facilitatoracademy.container;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Finds queued mail by what it says, for in-container tests where several mails go out at once. */
@Stateless
public class OutboxSearch {

  @PersistenceContext(unitName = "academy")
  private EntityManager em;

  /** Subject and body of each message to this recipient whose body contains the text. */
  public List<String> mailsTo(String recipient, String bodyContains) {
    return em.createQuery(
            "select concat(m.subject, '\n', m.body) from OutboxMessage m where m.recipient = :r"
                + " order by m.id",
            String.class)
        .setParameter("r", recipient)
        .getResultStream()
        .filter(mail -> mail.contains(bodyContains))
        .toList();
  }
}
