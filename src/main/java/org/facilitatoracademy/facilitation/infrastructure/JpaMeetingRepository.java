package org.facilitatoracademy.facilitation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.facilitatoracademy.facilitation.domain.Meeting;
import org.facilitatoracademy.facilitation.domain.MeetingRepository;
import org.facilitatoracademy.facilitation.domain.MeetingStatus;
import org.facilitatoracademy.platform.errors.BusinessException;

@ApplicationScoped
public class JpaMeetingRepository implements MeetingRepository {

  @PersistenceContext(unitName = "academy")
  private EntityManager em;

  @Override
  public Optional<Meeting> findByPublicId(String publicId) {
    return em.createQuery("select m from Meeting m where m.publicId = :id", Meeting.class)
        .setParameter("id", publicId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Meeting> findById(Long id) {
    return Optional.ofNullable(em.find(Meeting.class, id));
  }

  @Override
  public Meeting store(Meeting meeting) {
    if (meeting.id() == null) {
      em.persist(meeting);
      return meeting;
    }
    return em.merge(meeting);
  }

  @Override
  public void flush() {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw BusinessException.conflict(
          "meeting-changed",
          "Someone changed this meeting at the same moment. Look at it again and retry.");
    }
  }

  @Override
  public List<Meeting> ofRegion(String regionCode, boolean includeClosed) {
    // Two plain queries rather than a null or boolean parameter, which PostgreSQL cannot type.
    if (includeClosed) {
      return em.createQuery(
              "select m from Meeting m where m.regionCode = :r order by m.title", Meeting.class)
          .setParameter("r", regionCode)
          .getResultList();
    }
    return em.createQuery(
            "select m from Meeting m where m.regionCode = :r and m.status <> :closed"
                + " order by m.title",
            Meeting.class)
        .setParameter("r", regionCode)
        .setParameter("closed", MeetingStatus.CLOSED)
        .getResultList();
  }

  @Override
  public List<Meeting> running(String regionCodeOrNull) {
    if (regionCodeOrNull == null) {
      return em.createQuery(
              "select m from Meeting m where m.status <> :closed order by m.regionCode, m.title",
              Meeting.class)
          .setParameter("closed", MeetingStatus.CLOSED)
          .getResultList();
    }
    return ofRegion(regionCodeOrNull, false);
  }

  @Override
  public List<Meeting> servedBy(String accountId) {
    return em.createQuery(
            "select distinct m from Meeting m join m.assignments a where a.accountId = :a"
                + " and a.endedAt is null order by m.title",
            Meeting.class)
        .setParameter("a", accountId)
        .getResultList();
  }

  @Override
  public List<Meeting> everServedBy(String accountId) {
    return em.createQuery(
            "select distinct m from Meeting m join m.assignments a where a.accountId = :a"
                + " order by m.title",
            Meeting.class)
        .setParameter("a", accountId)
        .getResultList();
  }

  @Override
  public List<Long> uncheckedWithDuties(LocalDate today, int max) {
    return em.createQuery(
            "select distinct m.id from Meeting m join m.assignments a where a.endedAt is null"
                + " and (m.lapsesCheckedOn is null or m.lapsesCheckedOn < :today) order by m.id",
            Long.class)
        .setParameter("today", today)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public boolean existsInRegion(String regionCode, String title) {
    return em.createQuery(
                "select count(m) from Meeting m where m.regionCode = :r and m.title = :t",
                Long.class)
            .setParameter("r", regionCode)
            .setParameter("t", title)
            .getSingleResult()
        > 0;
  }
}
