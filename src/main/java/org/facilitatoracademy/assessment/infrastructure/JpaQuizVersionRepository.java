package org.facilitatoracademy.assessment.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.facilitatoracademy.assessment.domain.QuizVersion;
import org.facilitatoracademy.assessment.domain.QuizVersionRepository;

@ApplicationScoped
public class JpaQuizVersionRepository implements QuizVersionRepository {

  @PersistenceContext(unitName = "academy")
  private EntityManager em;

  @Override
  public Optional<QuizVersion> find(String quizId, String contentVersion) {
    return em.createQuery(
            "select v from QuizVersion v where v.quizId = :q and v.contentVersion = :cv",
            QuizVersion.class)
        .setParameter("q", quizId)
        .setParameter("cv", contentVersion)
        .getResultStream()
        .findFirst();
  }

  /**
   * Stores a new version and makes sure the quiz has its statistics row, which every grading of the
   * quiz then locks first. Flushes at once: two requests storing the same version meet the unique
   * key here.
   */
  @Override
  public QuizVersion store(QuizVersion version) {
    em.persist(version);
    em.flush();
    Sql sql = new JpaSql(em);
    if (sql.query("SELECT quiz_id FROM quiz_statistics WHERE quiz_id = ?", version.quizId())
        .isEmpty()) {
      sql.update(
          "INSERT INTO quiz_statistics (quiz_id, attempts, passed, sum_percent, sum_percent_sq)"
              + " VALUES (?, 0, 0, 0, 0)",
          version.quizId());
    }
    return version;
  }
}
