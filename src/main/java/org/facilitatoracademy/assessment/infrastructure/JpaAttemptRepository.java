package org.facilitatoracademy.assessment.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.facilitatoracademy.assessment.domain.Attempt;
import org.facilitatoracademy.assessment.domain.AttemptRepository;
import org.facilitatoracademy.assessment.domain.AttemptState;

@ApplicationScoped
public class JpaAttemptRepository implements AttemptRepository {

  @PersistenceContext(unitName = "academy")
  private EntityManager em;

  @Override
  public Optional<Attempt> find(String publicId) {
    return em.createQuery("select a from Attempt a where a.publicId = :id", Attempt.class)
        .setParameter("id", publicId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Attempt> findForUpdate(String publicId) {
    return em.createQuery("select a from Attempt a where a.publicId = :id", Attempt.class)
        .setParameter("id", publicId)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Attempt> of(String accountId, String courseId, String quizId) {
    return em.createQuery(
            "select a from Attempt a where a.accountId = :a and a.courseId = :c and a.quizId = :q"
                + " order by a.number",
            Attempt.class)
        .setParameter("a", accountId)
        .setParameter("c", courseId)
        .setParameter("q", quizId)
        .getResultList();
  }

  @Override
  public List<Attempt> of(String accountId) {
    return em.createQuery(
            "select a from Attempt a where a.accountId = :a order by a.startedAt desc",
            Attempt.class)
        .setParameter("a", accountId)
        .getResultList();
  }

  @Override
  public List<String> overdue(Instant now, int max) {
    return em.createQuery(
            "select a.publicId from Attempt a where a.state = :open and a.deadline < :now"
                + " order by a.deadline",
            String.class)
        .setParameter("open", AttemptState.IN_PROGRESS)
        .setParameter("now", now)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public List<String> gradedAgainstOtherVersions(String quizId, String contentVersion) {
    return em.createQuery(
            "select distinct a.publicId from Attempt a join a.slots s join s.keyQuestion k"
                + " join k.quizVersion v where a.quizId = :q and a.state = :finished"
                + " and v.contentVersion <> :cv",
            String.class)
        .setParameter("q", quizId)
        .setParameter("finished", AttemptState.FINISHED)
        .setParameter("cv", contentVersion)
        .getResultList();
  }

  @Override
  public Attempt store(Attempt attempt) {
    if (attempt.id() == null) {
      em.persist(attempt);
      return attempt;
    }
    return em.merge(attempt);
  }

  @Override
  public void removeAllOf(String accountId) {
    String ofAccount = "SELECT id FROM attempt WHERE account_id = ?1";
    for (String delete :
        List.of(
            "DELETE FROM slot_step WHERE slot_id IN (SELECT id FROM attempt_slot WHERE attempt_id IN ("
                + ofAccount
                + "))",
            "DELETE FROM attempt_slot WHERE attempt_id IN (" + ofAccount + ")",
            "DELETE FROM attempt_grade WHERE attempt_id IN (" + ofAccount + ")",
            "DELETE FROM attempt WHERE account_id = ?1")) {
      em.createNativeQuery(delete).setParameter(1, accountId).executeUpdate();
    }
  }
}
