package org.facilitatoracademy.certification.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.facilitatoracademy.audit.application.AuditLog;
import org.facilitatoracademy.certification.domain.Certificate;
import org.facilitatoracademy.certification.domain.CertificateNotice;
import org.facilitatoracademy.certification.domain.CertificateRepository;
import org.facilitatoracademy.certification.domain.CertificateStatus;
import org.facilitatoracademy.certification.domain.HistoryEntry;
import org.facilitatoracademy.certification.domain.HistoryRepository;
import org.facilitatoracademy.certification.domain.StatusChange;

/**
 * The steps of the daily expiry job, each certificate in a transaction of its own. Every step first
 * claims its notice in the database (one row per certificate, expiry date and notice), so nodes of
 * a cluster running the job at the same time never mail anyone twice, and a run that was missed is
 * caught up by the next.
 */
@Stateless
@PermitAll
public class ExpirySweep {

  private static final Logger LOG = Logger.getLogger(ExpirySweep.class.getName());

  @Inject private CertificateRepository certificates;
  @Inject private HistoryRepository history;
  @Inject private CertificationPolicy policy;
  @Inject private CertificationMail mail;
  @Inject private CertificateEvents events;
  @Inject private AuditLog audit;
  @Inject private Clock clock;
  @Resource private SessionContext session;

  /** What one run did. */
  public record Outcome(int reminders, int expired, int lapsed) {}

  /** Runs every step for the day; one certificate that fails does not stop the others. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Outcome run() {
    ExpirySweep self = session.getBusinessObject(ExpirySweep.class);
    LocalDate today = LocalDate.now(clock);
    int furthest = policy.reminderDays().get(0);
    int reminders =
        each(
            certificates.activeExpiringBetween(today.plusDays(1), today.plusDays(furthest)),
            self::remind);
    int expired = each(certificates.activeExpiredBy(today), self::expire);
    int lapsed = each(certificates.expiredBy(today.minusDays(policy.graceDays())), self::endGrace);
    return new Outcome(reminders, expired, lapsed);
  }

  private static int each(List<String> ids, Predicate<String> step) {
    int done = 0;
    for (String id : ids) {
      try {
        done += step.test(id) ? 1 : 0;
      } catch (EJBException e) {
        LOG.log(
            Level.WARNING, "Expiry step for certificate " + id + " failed; retried next run", e);
      }
    }
    return done;
  }

  /**
   * Sends the reminder due today: the one for the smallest reminder day not below the days left.
   * Returns whether a reminder was sent now.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean remind(String certificateId) {
    LocalDate today = LocalDate.now(clock);
    Optional<Certificate> found = certificates.find(certificateId);
    if (found.isEmpty() || found.get().statusOn(today) != CertificateStatus.ACTIVE) {
      return false;
    }
    Certificate certificate = found.get();
    long daysLeft = ChronoUnit.DAYS.between(today, certificate.expiresOn());
    Optional<Integer> due = dueReminder(policy.reminderDays(), daysLeft);
    if (due.isEmpty()
        || !certificates.claim(
            new CertificateNotice(
                certificateId,
                certificate.expiresOn(),
                CertificateNotice.reminder(due.get()),
                Instant.now(clock)))) {
      return false;
    }
    mail.reminder(certificate, daysLeft);
    audit.record("system", "certificate.reminder-sent", certificateId, due.get() + " days");
    return true;
  }

  /**
   * The reminder for the days left: the smallest configured day that is not below them (with 90,
   * 60, 30, 7: 75 days left is the 90-day reminder, 5 days left the 7-day one).
   */
  static Optional<Integer> dueReminder(List<Integer> daysDescending, long daysLeft) {
    Integer due = null;
    for (Integer day : daysDescending) {
      if (daysLeft <= day) {
        due = day;
      }
    }
    return Optional.ofNullable(due);
  }

  /** Stores the expiry of an ACTIVE certificate whose date has come, and tells the holder. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean expire(String certificateId) {
    LocalDate today = LocalDate.now(clock);
    Instant now = Instant.now(clock);
    Optional<Certificate> found = certificates.findForUpdate(certificateId);
    if (found.isEmpty()) {
      return false;
    }
    Certificate certificate = found.get();
    // Checked under the row lock before claiming: a renewal since the listing moved the date.
    if (certificate.storedStatus() != CertificateStatus.ACTIVE
        || today.isBefore(certificate.expiresOn())
        || !certificates.claim(
            new CertificateNotice(
                certificateId, certificate.expiresOn(), CertificateNotice.EXPIRED, now))) {
      return false;
    }
    Optional<StatusChange> change = certificate.expireIfDue(today, now);
    if (change.isEmpty()) {
      return false;
    }
    history.record(
        new HistoryEntry(
            certificateId, now, "system", "expired", certificate.expiresOn().toString()));
    audit.record(
        "system", "certificate.expired", certificateId, certificate.expiresOn().toString());
    mail.expired(certificate);
    events.statusChanged(certificate, CertificateStatus.ACTIVE, today, now);
    return true;
  }

  /** Ends the grace period: the holder no longer leads the meetings they led. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean endGrace(String certificateId) {
    LocalDate today = LocalDate.now(clock);
    Instant now = Instant.now(clock);
    Optional<Certificate> found = certificates.find(certificateId);
    if (found.isEmpty()
        || found.get().storedStatus() != CertificateStatus.EXPIRED
        || found.get().mayLeadOn(today, policy.graceDays())) {
      return false;
    }
    Certificate certificate = found.get();
    if (!certificates.claim(
        new CertificateNotice(
            certificateId, certificate.expiresOn(), CertificateNotice.GRACE_ENDED, now))) {
      return false;
    }
    history.record(new HistoryEntry(certificateId, now, "system", "grace-ended", null));
    audit.record("system", "certificate.grace-ended", certificateId, null);
    mail.graceEnded(certificate);
    events.statusChanged(certificate, CertificateStatus.EXPIRED, today, now);
    return true;
  }
}
