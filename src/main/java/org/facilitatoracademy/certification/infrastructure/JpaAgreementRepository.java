package org.facilitatoracademy.certification.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.facilitatoracademy.certification.domain.AgreementAcceptance;
import org.facilitatoracademy.certification.domain.AgreementRepository;

@ApplicationScoped
public class JpaAgreementRepository implements AgreementRepository {

  @PersistenceContext(unitName = "academy")
  private EntityManager em;

  @Override
  public List<AgreementAcceptance> of(String accountId) {
    return em.createQuery(
            "select a from AgreementAcceptance a where a.accountId = :a"
                + " order by a.acceptedAt desc, a.id desc",
            AgreementAcceptance.class)
        .setParameter("a", accountId)
        .getResultList();
  }

  @Override
  public AgreementAcceptance store(AgreementAcceptance acceptance) {
    em.persist(acceptance);
    return acceptance;
  }
}
