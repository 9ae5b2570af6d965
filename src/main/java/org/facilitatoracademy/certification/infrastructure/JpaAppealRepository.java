package org.facilitatoracademy.certification.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.facilitatoracademy.certification.domain.Appeal;
import org.facilitatoracademy.certification.domain.AppealRepository;

@ApplicationScoped
public class JpaAppealRepository implements AppealRepository {

  @PersistenceContext(unitName = "academy")
  private EntityManager em;

  @Override
  public Optional<Appeal> find(String publicId) {
    return em.createQuery("select a from Appeal a where a.publicId = :id", Appeal.class)
        .setParameter("id", publicId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Appeal> findForUpdate(String publicId) {
    return em.createQuery("select a from Appeal a where a.publicId = :id", Appeal.class)
        .setParameter("id", publicId)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Appeal> inRegion(String region, Appeal.Status status) {
    // The query text leaves out what is not filtered: PostgreSQL cannot type a null parameter.
    StringBuilder jpql = new StringBuilder("select a from Appeal a where 1 = 1");
    if (region != null) {
      jpql.append(" and a.region = :r");
    }
    if (status != null) {
      jpql.append(" and a.status = :s");
    }
    TypedQuery<Appeal> query =
        em.createQuery(jpql.append(" order by a.filedAt, a.id").toString(), Appeal.class);
    if (region != null) {
      query.setParameter("r", region);
    }
    if (status != null) {
      query.setParameter("s", status);
    }
    return query.getResultList();
  }

  @Override
  public List<Appeal> ofAppellant(String appellantId) {
    return em.createQuery(
            "select a from Appeal a where a.appellantId = :a order by a.filedAt desc", Appeal.class)
        .setParameter("a", appellantId)
        .getResultList();
  }

  @Override
  public Optional<Appeal> openAbout(String subjectId) {
    return em.createQuery(
            "select a from Appeal a where a.subjectId = :s and a.status = :open", Appeal.class)
        .setParameter("s", subjectId)
        .setParameter("open", Appeal.Status.OPEN)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Appeal store(Appeal appeal) {
    em.persist(appeal);
    return appeal;
  }
}
