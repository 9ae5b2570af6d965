package org.facilitatoracademy.certification.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.facilitatoracademy.certification.domain.HistoryEntry;
import org.facilitatoracademy.certification.domain.HistoryRepository;

@ApplicationScoped
public class JpaHistoryRepository implements HistoryRepository {

  @PersistenceContext(unitName = "academy")
  private EntityManager em;

  @Override
  public void record(HistoryEntry entry) {
    em.persist(entry);
  }

  @Override
  public List<HistoryEntry> of(String subjectId) {
    return em.createQuery(
            "select h from HistoryEntry h where h.subjectId = :s order by h.occurredAt, h.id",
            HistoryEntry.class)
        .setParameter("s", subjectId)
        .getResultList();
  }
}
