package org.facilitatoracademy.certification.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.facilitatoracademy.certification.domain.PassedQuiz;
import org.facilitatoracademy.certification.domain.PassedQuizRepository;

@ApplicationScoped
public class JpaPassedQuizRepository implements PassedQuizRepository {

  @PersistenceContext(unitName = "academy")
  private EntityManager em;

  @Override
  public void store(PassedQuiz pass) {
    em.persist(pass);
  }

  @Override
  public List<PassedQuiz> of(String accountId, String courseId) {
    return em.createQuery(
            "select p from PassedQuiz p where p.accountId = :a and p.courseId = :c"
                + " order by p.passedAt, p.id",
            PassedQuiz.class)
        .setParameter("a", accountId)
        .setParameter("c", courseId)
        .getResultList();
  }
}
