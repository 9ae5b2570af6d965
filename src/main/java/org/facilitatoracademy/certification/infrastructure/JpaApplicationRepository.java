package org.facilitatoracademy.certification.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.facilitatoracademy.certification.domain.ApplicationRepository;
import org.facilitatoracademy.certification.domain.ApplicationStatus;
import org.facilitatoracademy.certification.domain.CertificationApplication;

@ApplicationScoped
public class JpaApplicationRepository implements ApplicationRepository {

  @PersistenceContext(unitName = "academy")
  private EntityManager em;

  @Override
  public Optional<CertificationApplication> find(String publicId) {
    return em.createQuery(
            "select a from CertificationApplication a where a.publicId = :id",
            CertificationApplication.class)
        .setParameter("id", publicId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<CertificationApplication> findForUpdate(String publicId) {
    return em.createQuery(
            "select a from CertificationApplication a where a.publicId = :id",
            CertificationApplication.class)
        .setParameter("id", publicId)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<CertificationApplication> ofApplicant(String applicantId) {
    return em.createQuery(
            "select a from CertificationApplication a where a.applicantId = :a"
                + " order by a.appliedAt desc",
            CertificationApplication.class)
        .setParameter("a", applicantId)
        .getResultList();
  }

  @Override
  public List<CertificationApplication> queue(String region, ApplicationStatus status) {
    // The query text leaves out what is not filtered: PostgreSQL cannot type a null parameter.
    StringBuilder jpql = new StringBuilder("select a from CertificationApplication a where 1 = 1");
    if (region != null) {
      jpql.append(" and a.region = :r");
    }
    if (status != null) {
      jpql.append(" and a.status = :s");
    }
    TypedQuery<CertificationApplication> query =
        em.createQuery(
            jpql.append(" order by a.appliedAt, a.id").toString(), CertificationApplication.class);
    if (region != null) {
      query.setParameter("r", region);
    }
    if (status != null) {
      query.setParameter("s", status);
    }
    return query.getResultList();
  }

  @Override
  public CertificationApplication store(CertificationApplication application) {
    em.persist(application);
    return application;
  }
}
