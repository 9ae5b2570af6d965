package org.facilitatoracademy.container;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.facilitatoracademy.assessment.infrastructure.ItemRecount;

/** Reads assessment's tables directly, for in-container tests only. */
@Stateless
public class AssessmentQueries {

  @PersistenceContext(unitName = "academy")
  private EntityManager em;

  /** State and finish reason of an attempt, as stored: without grading it on the way. */
  public String stored(String attemptId) {
    Object[] row =
        (Object[])
            em.createNativeQuery("select state, finish_reason from attempt where public_id = ?")
                .setParameter(1, attemptId)
                .getSingleResult();
    return row[0] + "/" + row[1];
  }

  /** Per question: n, Σx, Σx², Σy, Σy², Σxy computed from the graded slots themselves. */
  @SuppressWarnings("unchecked")
  public List<Object[]> recount(String quizId) {
    return em.createNativeQuery(ItemRecount.SUMS).setParameter(1, quizId).getResultList();
  }

  /** Stores the attempt as one started before attempts had their own choice ids (before V10). */
  public void forgetChoiceKey(String attemptId) {
    em.createNativeQuery("update attempt set choice_key = null where public_id = ?")
        .setParameter(1, attemptId)
        .executeUpdate();
  }
}
