package org.facilitatoracademy.certification.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.facilitatoracademy.certification.domain.ClosedAccountErasure;

/** Bulk deletes in the closing transaction; nothing of these rows is loaded first. */
@ApplicationScoped
public class JpaClosedAccountErasure implements ClosedAccountErasure {

  private static final List<String> ABOUT_ACCOUNT =
      List.of(
          "DELETE FROM certification_history WHERE subject_id IN"
              + " (SELECT public_id FROM certification_application WHERE applicant_id = ?1)",
          "DELETE FROM certification_appeal WHERE appellant_id = ?1",
          "DELETE FROM certification_application WHERE applicant_id = ?1",
          "DELETE FROM practicum_entry WHERE trainee_id = ?1",
          "DELETE FROM agreement_acceptance WHERE account_id = ?1",
          "DELETE FROM certification_passed_quiz WHERE account_id = ?1",
          "DELETE FROM imported_account WHERE account_id = ?1");

  @PersistenceContext(unitName = "academy")
  private EntityManager em;

  @Override
  public void erase(String accountId, List<String> certificateIds) {
    for (String delete : ABOUT_ACCOUNT) {
      em.createNativeQuery(delete).setParameter(1, accountId).executeUpdate();
    }
    for (String certificateId : certificateIds) {
      em.createNativeQuery("DELETE FROM certificate_status_reason WHERE certificate_id = ?1")
          .setParameter(1, certificateId)
          .executeUpdate();
    }
  }
}
