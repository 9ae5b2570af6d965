package org.facilitatoracademy.certification.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.facilitatoracademy.certification.domain.PracticumEntry;
import org.facilitatoracademy.certification.domain.PracticumRepository;

@ApplicationScoped
public class JpaPracticumRepository implements PracticumRepository {

  @PersistenceContext(unitName = "academy")
  private EntityManager em;

  @Override
  public List<PracticumEntry> of(String traineeId) {
    return em.createQuery(
            "select p from PracticumEntry p where p.traineeId = :t order by p.heldOn, p.id",
            PracticumEntry.class)
        .setParameter("t", traineeId)
        .getResultList();
  }

  @Override
  public PracticumEntry store(PracticumEntry entry) {
    em.persist(entry);
    return entry;
  }
}
