package org.facilitatoracademy.certification.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.facilitatoracademy.certification.domain.Certificate;
import org.facilitatoracademy.certification.domain.CertificateNotice;
import org.facilitatoracademy.certification.domain.CertificateRepository;
import org.facilitatoracademy.certification.domain.CertificateSearch;
import org.facilitatoracademy.certification.domain.CertificateStatus;
import org.facilitatoracademy.certification.domain.ImportedAccount;
import org.facilitatoracademy.certification.domain.StatusReason;

@ApplicationScoped
public class JpaCertificateRepository implements CertificateRepository {

  private static final int HOLDERS_PER_QUERY = 500;

  @PersistenceContext(unitName = "academy")
  private EntityManager em;

  @Override
  public Optional<Certificate> find(String publicId) {
    return byPublicId(publicId).getResultStream().findFirst();
  }

  @Override
  public Optional<Certificate> findForUpdate(String publicId) {
    return byPublicId(publicId)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  private TypedQuery<Certificate> byPublicId(String publicId) {
    return em.createQuery("select c from Certificate c where c.publicId = :id", Certificate.class)
        .setParameter("id", publicId);
  }

  @Override
  public Optional<Certificate> findByCode(String code) {
    return em.createQuery("select c from Certificate c where c.code = :code", Certificate.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Certificate> ofHolder(String holderId) {
    return em.createQuery(
            "select c from Certificate c where c.holderId = :h order by c.issuedOn desc, c.id desc",
            Certificate.class)
        .setParameter("h", holderId)
        .getResultList();
  }

  @Override
  public List<Certificate> ofHolders(Collection<String> holderIds) {
    // In slices, as databases limit the parameters of one statement.
    List<String> ids = List.copyOf(holderIds);
    List<Certificate> found = new ArrayList<>();
    for (int from = 0; from < ids.size(); from += HOLDERS_PER_QUERY) {
      found.addAll(
          em.createQuery(
                  "select c from Certificate c where c.holderId in :h"
                      + " order by c.issuedOn desc, c.id desc",
                  Certificate.class)
              .setParameter("h", ids.subList(from, Math.min(ids.size(), from + HOLDERS_PER_QUERY)))
              .getResultList());
    }
    return found;
  }

  @Override
  public List<Certificate> search(CertificateSearch search, int first, int max) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Certificate> query = cb.createQuery(Certificate.class);
    Root<Certificate> c = query.from(Certificate.class);
    query.select(c).where(matching(search, cb, c));
    query.orderBy(
        search.expiringWithinDays().isPresent()
            ? List.of(cb.asc(c.get("expiresOn")), cb.asc(c.get("id")))
            : List.of(cb.desc(c.get("issuedOn")), cb.desc(c.get("id"))));
    return em.createQuery(query).setFirstResult(first).setMaxResults(max).getResultList();
  }

  @Override
  public long count(CertificateSearch search) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> query = cb.createQuery(Long.class);
    Root<Certificate> c = query.from(Certificate.class);
    query.select(cb.count(c)).where(matching(search, cb, c));
    return em.createQuery(query).getSingleResult();
  }

  /**
   * The search as a condition. A criteria query adds only the conditions asked for, where one JPQL
   * text with ":x is null" tests would fail on PostgreSQL, which cannot type a null parameter.
   */
  private static Predicate[] matching(
      CertificateSearch search, CriteriaBuilder cb, Root<Certificate> c) {
    List<Predicate> where = new ArrayList<>();
    LocalDate today = search.today();
    search.region().ifPresent(r -> where.add(cb.equal(c.get("region"), r)));
    search.status().ifPresent(s -> where.add(statusOn(s, today, cb, c)));
    search
        .expiringBy()
        .ifPresent(
            by -> {
              where.add(cb.greaterThan(c.<LocalDate>get("expiresOn"), today));
              where.add(cb.lessThanOrEqualTo(c.<LocalDate>get("expiresOn"), by));
            });
    search
        .text()
        .ifPresent(
            text -> {
              String pattern =
                  "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
              where.add(
                  cb.or(
                      cb.like(cb.lower(c.get("number")), pattern, '\\'),
                      cb.like(cb.lower(c.get("displayName")), pattern, '\\')));
            });
    return where.toArray(Predicate[]::new);
  }

  /**
   * The status a certificate reads on the day, as {@link Certificate#statusOn} computes it: an
   * active or inactive certificate past its date reads EXPIRED before the nightly job stores it so.
   */
  private static Predicate statusOn(
      CertificateStatus wanted, LocalDate day, CriteriaBuilder cb, Root<Certificate> c) {
    Path<CertificateStatus> stored = c.get("status");
    Path<LocalDate> expiresOn = c.get("expiresOn");
    Predicate pastExpiry = cb.lessThanOrEqualTo(expiresOn, day);
    Predicate lapsing = stored.in(CertificateStatus.ACTIVE, CertificateStatus.INACTIVE);
    return switch (wanted) {
      case EXPIRED -> cb.or(cb.equal(stored, wanted), cb.and(lapsing, pastExpiry));
      case ACTIVE, INACTIVE -> cb.and(cb.equal(stored, wanted), cb.greaterThan(expiresOn, day));
      default -> cb.equal(stored, wanted);
    };
  }

  @Override
  public Certificate issue(Certificate certificate, String numberPrefix) {
    // The sequence gives the id at persist; the number is made from it before the insert.
    em.persist(certificate);
    certificate.assignNumber(numberPrefix);
    em.flush();
    return certificate;
  }

  @Override
  public List<String> activeExpiringBetween(LocalDate from, LocalDate to) {
    return em.createQuery(
            "select c.publicId from Certificate c where c.status = :s"
                + " and c.expiresOn >= :from and c.expiresOn <= :to order by c.id",
            String.class)
        .setParameter("s", CertificateStatus.ACTIVE)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }

  @Override
  public List<String> activeExpiredBy(LocalDate day) {
    return idsWithStatusExpiringBy(CertificateStatus.ACTIVE, day);
  }

  @Override
  public List<String> expiredBy(LocalDate day) {
    return idsWithStatusExpiringBy(CertificateStatus.EXPIRED, day);
  }

  private List<String> idsWithStatusExpiringBy(CertificateStatus status, LocalDate day) {
    return em.createQuery(
            "select c.publicId from Certificate c where c.status = :s and c.expiresOn <= :day"
                + " order by c.id",
            String.class)
        .setParameter("s", status)
        .setParameter("day", day)
        .getResultList();
  }

  @Override
  public void storeReason(StatusReason reason) {
    em.persist(reason);
  }

  @Override
  public List<StatusReason> reasonsOf(String certificateId) {
    return em.createQuery(
            "select r from StatusReason r where r.certificateId = :c order by r.id",
            StatusReason.class)
        .setParameter("c", certificateId)
        .getResultList();
  }

  @Override
  public boolean claim(CertificateNotice notice) {
    boolean taken =
        !em.createQuery(
                "select n.id from CertificateNotice n where n.certificateId = :c"
                    + " and n.expiresOn = :e and n.notice = :n",
                Long.class)
            .setParameter("c", notice.certificateId())
            .setParameter("e", notice.expiresOn())
            .setParameter("n", notice.notice())
            .getResultList()
            .isEmpty();
    if (taken) {
      return false;
    }
    // Two nodes passing the check at once meet the unique key here; the loser's transaction is
    // rolled back and it sends nothing.
    try {
      em.persist(notice);
      em.flush();
      return true;
    } catch (PersistenceException e) {
      if (isUniqueViolation(e)) {
        return false;
      }
      throw e;
    }
  }

  private static boolean isUniqueViolation(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith("23")) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void markImported(ImportedAccount account) {
    if (em.find(ImportedAccount.class, account.accountId()) == null) {
      em.persist(account);
    }
  }
}
