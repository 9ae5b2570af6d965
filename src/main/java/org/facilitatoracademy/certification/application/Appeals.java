package org.facilitatoracademy.certification.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.facilitatoracademy.audit.application.AuditLog;
import org.facilitatoracademy.certification.domain.Appeal;
import org.facilitatoracademy.certification.domain.AppealRepository;
import org.facilitatoracademy.certification.domain.ApplicationRepository;
import org.facilitatoracademy.certification.domain.ApplicationStatus;
import org.facilitatoracademy.certification.domain.Certificate;
import org.facilitatoracademy.certification.domain.CertificateRepository;
import org.facilitatoracademy.certification.domain.CertificateStatus;
import org.facilitatoracademy.certification.domain.CertificationApplication;
import org.facilitatoracademy.certification.domain.HistoryEntry;
import org.facilitatoracademy.certification.domain.HistoryRepository;
import org.facilitatoracademy.certification.domain.StatusChange;
import org.facilitatoracademy.identity.application.AccountService;
import org.facilitatoracademy.identity.application.AccountView;
import org.facilitatoracademy.platform.errors.BusinessException;

/**
 * Written appeals against a rejection, a suspension or a revocation, filed by the person concerned
 * within the appeal period and decided by a coordinator of their region or an administrator — never
 * by whoever made the decision appealed against.
 */
@Stateless
public class Appeals {

  @Inject private AppealRepository appeals;
  @Inject private ApplicationRepository applications;
  @Inject private CertificateRepository certificates;
  @Inject private HistoryRepository history;
  @Inject private CertificateIssuer issuer;
  @Inject private CertificateEvents events;
  @Inject private CertificationPolicy policy;
  @Inject private CertificationMail mail;
  @Inject private AccountService accounts;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  /**
   * @param subjectId the id of the rejected application or of the suspended or revoked certificate
   */
  @RolesAllowed("TRAINEE")
  public AppealView file(String subjectId, String text) {
    AccountView me = accounts.me();
    Instant now = Instant.now(clock);
    Appeal appeal = appealAgainst(me, subjectId, text, now);
    if (appeals.openAbout(appeal.subjectId()).isPresent()) {
      throw BusinessException.conflict(
          "appeal-open", "An appeal about this is already waiting for a decision.");
    }
    appeals.store(appeal);
    history.record(new HistoryEntry(appeal.subjectId(), now, me.id(), "appealed", null));
    audit.record(me.id(), "certification.appealed", appeal.subjectId(), appeal.publicId());
    return view(appeal);
  }

  private Appeal appealAgainst(AccountView me, String subjectId, String text, Instant now) {
    Optional<CertificationApplication> application =
        applications.find(subjectId).filter(a -> a.applicantId().equals(me.id()));
    if (application.isPresent()) {
      CertificationApplication a = application.get();
      if (a.status() != ApplicationStatus.REJECTED) {
        throw BusinessException.rule(
            "not-appealable", "Only a rejected application can be appealed.");
      }
      return new Appeal(
          Appeal.Subject.APPLICATION,
          a.publicId(),
          me.id(),
          a.region(),
          a.decidedBy().orElseThrow(),
          a.decidedAt().orElseThrow(),
          text,
          now,
          policy.appealPeriod());
    }
    Certificate c =
        certificates
            .find(subjectId)
            .filter(cert -> cert.holderId().equals(me.id()))
            .orElseThrow(() -> BusinessException.notFound("The application or certificate"));
    if (c.storedStatus() != CertificateStatus.SUSPENDED
        && c.storedStatus() != CertificateStatus.REVOKED) {
      throw BusinessException.rule(
          "not-appealable", "Only a suspension or a revocation can be appealed.");
    }
    return new Appeal(
        Appeal.Subject.CERTIFICATE,
        c.publicId(),
        me.id(),
        c.region(),
        c.statusChangedBy(),
        c.statusChangedAt(),
        text,
        now,
        policy.appealPeriod());
  }

  @RolesAllowed("TRAINEE")
  public List<AppealView> mine() {
    return appeals.ofAppellant(accounts.callerId()).stream().map(this::view).toList();
  }

  /** Appeals of the coordinator's region (every region for administrators). */
  @RolesAllowed({"COORDINATOR", "ADMIN"})
  public List<AppealView> queue(Appeal.Status status) {
    Caller me = Caller.of(accounts.me());
    return appeals.inRegion(me.scope(), status).stream().map(this::view).toList();
  }

  /**
   * Upholding an appeal against a rejection approves the application and issues the certificate;
   * against a suspension or revocation it restores the certificate.
   */
  @RolesAllowed({"COORDINATOR", "ADMIN"})
  public AppealView decide(String id, boolean uphold, String comment) {
    Caller me = Caller.of(accounts.me());
    Appeal appeal;
    try {
      appeal =
          appeals
              .findForUpdate(id)
              .filter(a -> me.isAdmin() || me.coordinates(a.region()))
              .orElseThrow(() -> BusinessException.notFound("The appeal"));
    } catch (PersistenceException e) {
      throw BusinessException.conflict(
          "already-decided", "Someone else is deciding this appeal right now.");
    }
    Instant now = Instant.now(clock);
    appeal.decide(uphold, me.id(), comment, now);
    if (uphold) {
      applyUpheld(appeal, me.id(), now);
    }
    history.record(
        new HistoryEntry(
            appeal.subjectId(),
            now,
            me.id(),
            uphold ? "appeal-upheld" : "appeal-dismissed",
            appeal.decisionComment().orElse(null)));
    audit.record(
        me.id(),
        uphold ? "certification.appeal-upheld" : "certification.appeal-dismissed",
        appeal.subjectId(),
        appeal.publicId());
    mail.appealDecided(appeal);
    return view(appeal);
  }

  private void applyUpheld(Appeal appeal, String deciderId, Instant now) {
    LocalDate today = LocalDate.now(clock);
    if (appeal.subjectType() == Appeal.Subject.APPLICATION) {
      CertificationApplication application =
          applications.findForUpdate(appeal.subjectId()).orElseThrow();
      application.approveOnAppeal(deciderId, appeal.decisionComment().orElse(null), now);
      issuer.issueFor(application, deciderId);
      return;
    }
    Certificate certificate = certificates.findForUpdate(appeal.subjectId()).orElseThrow();
    CertificateStatus before = certificate.statusOn(today);
    StatusChange change = certificate.reinstate(deciderId, now);
    history.record(
        new HistoryEntry(
            certificate.publicId(), now, deciderId, "reinstated", before + " -> " + change.to()));
    events.statusChanged(certificate, before, today, now);
  }

  private AppealView view(Appeal a) {
    return new AppealView(
        a.publicId(),
        a.subjectType(),
        a.subjectId(),
        a.appellantId(),
        accounts.find(a.appellantId()).map(AccountView::displayName).orElse("—"),
        a.region(),
        a.originalDecider(),
        a.text(),
        a.filedAt(),
        a.status(),
        a.decidedBy().orElse(null),
        a.decidedAt().orElse(null),
        a.decisionComment().orElse(null));
  }
}
