package org.facilitatoracademy.catalog.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.facilitatoracademy.catalog.domain.Enrollment;
import org.facilitatoracademy.catalog.domain.EnrollmentRepository;

@ApplicationScoped
public class JpaEnrollmentRepository implements EnrollmentRepository {

  @PersistenceContext(unitName = "academy")
  private EntityManager em;

  @Override
  public Optional<Enrollment> find(String accountId, String courseId) {
    return em.createQuery(
            "select e from Enrollment e where e.accountId = :a and e.courseId = :c"
                + " order by e.round desc",
            Enrollment.class)
        .setParameter("a", accountId)
        .setParameter("c", courseId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Enrollment> of(String accountId) {
    return em.createQuery(
            "select e from Enrollment e where e.accountId = :a and e.round ="
                + " (select max(r.round) from Enrollment r"
                + " where r.accountId = e.accountId and r.courseId = e.courseId)"
                + " order by e.lastActivityAt desc",
            Enrollment.class)
        .setParameter("a", accountId)
        .getResultList();
  }

  @Override
  public List<Enrollment> everyRound(String accountId) {
    return em.createQuery(
            "select e from Enrollment e where e.accountId = :a order by e.courseId, e.round",
            Enrollment.class)
        .setParameter("a", accountId)
        .getResultList();
  }

  @Override
  public Enrollment store(Enrollment enrollment) {
    if (enrollment.id() == null) {
      em.persist(enrollment);
      return enrollment;
    }
    return em.merge(enrollment);
  }

  @Override
  public void remove(Enrollment enrollment) {
    em.remove(em.contains(enrollment) ? enrollment : em.merge(enrollment));
  }
}
