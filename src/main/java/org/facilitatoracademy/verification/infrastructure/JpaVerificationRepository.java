package org.facilitatoracademy.verification.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.facilitatoracademy.verification.domain.CredentialSubject;
import org.facilitatoracademy.verification.domain.StatusEntry;
import org.facilitatoracademy.verification.domain.StatusList;
import org.facilitatoracademy.verification.domain.VerifiableCertificate;
import org.facilitatoracademy.verification.domain.VerificationCheck;
import org.facilitatoracademy.verification.domain.VerificationRepository;
import org.facilitatoracademy.verification.domain.WalletOffer;

@ApplicationScoped
public class JpaVerificationRepository implements VerificationRepository {

  @PersistenceContext(unitName = "academy")
  private EntityManager em;

  @Inject private Clock clock;

  @Override
  public Optional<VerifiableCertificate> findByCodeDigest(String digest) {
    return em.createQuery(
            "select c from VerifiableCertificate c where c.codeDigest = :d",
            VerifiableCertificate.class)
        .setParameter("d", digest)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<VerifiableCertificate> findByCertificateId(String certificateId) {
    return em.createQuery(
            "select c from VerifiableCertificate c where c.certificateId = :id",
            VerifiableCertificate.class)
        .setParameter("id", certificateId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<VerifiableCertificate> heldBy(String holderId) {
    return em.createQuery(
            "select c from VerifiableCertificate c where c.holderId = :h order by c.issuedOn desc,"
                + " c.id desc",
            VerifiableCertificate.class)
        .setParameter("h", holderId)
        .getResultList();
  }

  @Override
  public void store(WalletOffer offer) {
    em.persist(offer);
  }

  @Override
  public Optional<WalletOffer> walletOfferLocked(String exchangeDigest) {
    return em.createQuery(
            "select o from WalletOffer o where o.exchangeDigest = :d", WalletOffer.class)
        .setParameter("d", exchangeDigest)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<VerifiableCertificate> certificate(Long id) {
    return Optional.ofNullable(em.find(VerifiableCertificate.class, id));
  }

  @Override
  public List<WalletOffer> usedWalletOffersOf(String holderId) {
    return em.createQuery(
            "select o from WalletOffer o where o.holderId = :h and o.usedAt is not null order by"
                + " o.usedAt desc",
            WalletOffer.class)
        .setParameter("h", holderId)
        .getResultList();
  }

  @Override
  public void forgetWalletOffersOf(String holderId) {
    em.createQuery("delete from WalletOffer o where o.holderId = :h")
        .setParameter("h", holderId)
        .executeUpdate();
  }

  @Override
  public void record(StatusEntry entry) {
    em.persist(entry);
  }

  @Override
  public List<StatusEntry> historyOf(VerifiableCertificate certificate) {
    return em.createQuery(
            "select e from StatusEntry e where e.certificateRef = :c order by e.effectiveOn,"
                + " e.recordedAt, e.id",
            StatusEntry.class)
        .setParameter("c", certificate.id())
        .getResultList();
  }

  @Override
  public void store(VerifiableCertificate certificate) {
    em.persist(certificate);
    em.flush();
  }

  @Override
  public CredentialSubject subjectOf(String holderId) {
    CredentialSubject subject = em.find(CredentialSubject.class, holderId);
    if (subject == null) {
      subject = new CredentialSubject(holderId);
      em.persist(subject);
      em.flush();
    }
    return subject;
  }

  @Override
  public StatusList openStatusListLocked(int size) {
    // Find, then lock by id: EclipseLink's H2 dialect cannot combine FOR UPDATE with LIMIT.
    List<Long> open =
        em.createQuery(
                "select s.id from StatusList s where s.takenCount < s.size order by s.id",
                Long.class)
            .setMaxResults(1)
            .getResultList();
    if (!open.isEmpty()) {
      StatusList list = statusListLocked(open.get(0));
      if (list.hasRoom()) {
        return list;
      }
    }
    StatusList list = StatusList.forRevocation(size, Instant.now(clock));
    em.persist(list);
    em.flush();
    return list;
  }

  @Override
  public Optional<StatusList> statusList(Long id) {
    return Optional.ofNullable(em.find(StatusList.class, id));
  }

  @Override
  public Optional<StatusList> statusListByPublicId(String publicId) {
    return em.createQuery("select s from StatusList s where s.publicId = :p", StatusList.class)
        .setParameter("p", publicId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public StatusList statusListLocked(Long id) {
    return em.find(StatusList.class, id, LockModeType.PESSIMISTIC_WRITE);
  }

  @Override
  public void record(VerificationCheck check) {
    em.persist(check);
  }

  @Override
  public List<VerificationCheck> checksOf(List<VerifiableCertificate> certificates, int max) {
    if (certificates.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select v from VerificationCheck v where v.certificateRef in :refs"
                + " order by v.checkedAt desc, v.id desc",
            VerificationCheck.class)
        .setParameter("refs", certificates.stream().map(VerifiableCertificate::id).toList())
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public void forgetChecksOf(List<VerifiableCertificate> certificates) {
    if (certificates.isEmpty()) {
      return;
    }
    em.createQuery("delete from VerificationCheck v where v.certificateRef in :refs")
        .setParameter("refs", certificates.stream().map(VerifiableCertificate::id).toList())
        .executeUpdate();
  }

  @Override
  public void forgetSubject(String holderId) {
    CredentialSubject subject = em.find(CredentialSubject.class, holderId);
    if (subject != null) {
      em.remove(subject);
    }
  }
}
