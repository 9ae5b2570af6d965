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
import org.facilitatoracademy.catalog.domain.Course;
import org.facilitatoracademy.catalog.domain.CourseProgress;
import org.facilitatoracademy.certification.domain.ApplicationRepository;
import org.facilitatoracademy.certification.domain.ApplicationStatus;
import org.facilitatoracademy.certification.domain.Certificate;
import org.facilitatoracademy.certification.domain.CertificateRepository;
import org.facilitatoracademy.certification.domain.CertificateStatus;
import org.facilitatoracademy.certification.domain.CertificationApplication;
import org.facilitatoracademy.certification.domain.CredentialType;
import org.facilitatoracademy.certification.domain.HistoryEntry;
import org.facilitatoracademy.certification.domain.HistoryRepository;
import org.facilitatoracademy.certification.domain.RequirementCheck;
import org.facilitatoracademy.certification.domain.VerificationCode;
import org.facilitatoracademy.identity.application.AccountService;
import org.facilitatoracademy.identity.application.AccountView;
import org.facilitatoracademy.platform.errors.BusinessException;

/**
 * Applying for a credential once the requirements are met, and a coordinator of the applicant's
 * region deciding. Coordinators only ever see their own region; an application elsewhere answers as
 * if it did not exist.
 */
@Stateless
public class Applications {

  @Inject private ApplicationRepository applications;
  @Inject private CertificateRepository certificates;
  @Inject private HistoryRepository history;
  @Inject private Evidence evidence;
  @Inject private CertificateIssuer issuer;
  @Inject private CertificationPolicy policy;
  @Inject private CertificationMail mail;
  @Inject private Practicum practicum;
  @Inject private AccountService accounts;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  /** The checklist for one credential, for the signed-in person. */
  @RolesAllowed("TRAINEE")
  public RequirementCheck requirements(CredentialType credential) {
    return evidence.check(accounts.callerId(), credential);
  }

  /** Refused with the unmet list (422) until every requirement is met. */
  @RolesAllowed("TRAINEE")
  public ApplicationView apply(CredentialType credential) {
    if (credential == null) {
      throw BusinessException.malformed("Say which credential: FACILITATOR or HOST.");
    }
    AccountView me = accounts.me();
    LocalDate today = LocalDate.now(clock);
    boolean pending =
        applications.ofApplicant(me.id()).stream()
            .anyMatch(a -> a.credential() == credential && a.status() == ApplicationStatus.PENDING);
    if (pending) {
      throw BusinessException.conflict(
          "already-pending", "You already have an application for this credential waiting.");
    }
    boolean holding =
        certificates.ofHolder(me.id()).stream()
            .anyMatch(
                c ->
                    c.credential() == credential
                        && c.statusOn(today) != CertificateStatus.EXPIRED
                        && c.statusOn(today) != CertificateStatus.REVOKED);
    if (holding) {
      throw BusinessException.conflict(
          "already-certified", "You already hold this credential; renew it instead.");
    }
    RequirementCheck check = evidence.check(me.id(), credential);
    if (!check.met()) {
      throw new BusinessException(
          BusinessException.Kind.RULE,
          "requirements-unmet",
          "Some requirements are not met yet.",
          check.unmet());
    }
    Instant now = Instant.now(clock);
    CertificationApplication application =
        applications.store(new CertificationApplication(me.id(), me.region(), credential, now));
    history.record(
        new HistoryEntry(application.publicId(), now, me.id(), "applied", credential.name()));
    audit.record(me.id(), "certification.applied", application.publicId(), credential.name());
    return view(application);
  }

  /** For the applicant, the coordinators of the region and administrators; 404 for others. */
  @RolesAllowed("TRAINEE")
  public ApplicationView get(String id) {
    Caller me = Caller.of(accounts.me());
    return view(visible(me, applications.find(id)));
  }

  @RolesAllowed("TRAINEE")
  public List<ApplicationView> mine() {
    return applications.ofApplicant(accounts.callerId()).stream().map(this::view).toList();
  }

  /**
   * How many applications of the coordinator's region (every region for administrators) have the
   * status; without building each one's view, which looks up the applicant and the history.
   */
  @RolesAllowed({"COORDINATOR", "ADMIN"})
  public int countInQueue(ApplicationStatus status) {
    return applications.queue(Caller.of(accounts.me()).scope(), status).size();
  }

  /** The queue of the coordinator's own region; administrators see every region. */
  @RolesAllowed({"COORDINATOR", "ADMIN"})
  public List<ApplicationView> queue(ApplicationStatus status) {
    Caller me = Caller.of(accounts.me());
    return applications.queue(me.scope(), status).stream().map(this::view).toList();
  }

  /**
   * The applicant's record for the deciding coordinator. Viewing it is audited: it shows someone's
   * training in a recovery context.
   */
  @RolesAllowed({"COORDINATOR", "ADMIN"})
  public ApplicantRecord record(String id) {
    Caller me = Caller.of(accounts.me());
    CertificationApplication application = visible(me, applications.find(id));
    String applicantId = application.applicantId();
    AccountView applicant =
        accounts.find(applicantId).orElseThrow(() -> BusinessException.notFound("The applicant"));
    String courseId = policy.requirements(application.credential()).courseId();
    Optional<CourseProgress> progress = evidence.progress(applicantId, courseId);
    List<ApplicantRecord.ModuleLine> modules =
        progress
            .map(
                p ->
                    p.modules().stream()
                        .map(
                            m ->
                                new ApplicantRecord.ModuleLine(
                                    m.module().id(),
                                    m.module().title(),
                                    m.lessonsDone(),
                                    m.lessonsTotal(),
                                    m.quizPassed()))
                        .toList())
            .orElse(List.of());
    List<ApplicantRecord.QuizResult> quizzes =
        evidence.passedQuizzes(applicantId, courseId).stream()
            .map(
                q ->
                    new ApplicantRecord.QuizResult(
                        q.quizId(), q.scorePercent(), q.passedAt(), q.contentVersion()))
            .toList();
    audit.record(me.id(), "certification.record-viewed", application.publicId(), applicantId);
    return new ApplicantRecord(
        view(application),
        applicant,
        evidence.check(applicantId, application.credential()),
        evidence.course(courseId).map(Course::title).orElse(courseId),
        modules,
        quizzes,
        practicum.entriesOf(applicantId),
        evidence.agreementStatus(applicantId));
  }

  /**
   * Approves or rejects. The application's row is locked while deciding: of two coordinators
   * deciding at once, the second finds it decided and is refused with 409.
   */
  @RolesAllowed("COORDINATOR")
  public Decision decide(String id, boolean approve, String comment) {
    Caller me = Caller.of(accounts.me());
    CertificationApplication application = lockedInRegion(me, id);
    Instant now = Instant.now(clock);
    Certificate certificate = null;
    if (approve) {
      application.approve(me.id(), comment, now);
      certificate = issuer.issueFor(application, me.id());
    } else {
      application.reject(me.id(), comment, now);
    }
    history.record(
        new HistoryEntry(
            application.publicId(),
            now,
            me.id(),
            approve ? "approved" : "rejected",
            application.decisionComment().orElse(null)));
    audit.record(
        me.id(),
        approve ? "certification.approved" : "certification.rejected",
        application.publicId(),
        certificate == null ? null : "certificate " + certificate.number());
    mail.applicationDecided(application, certificate);
    return new Decision(
        application.publicId(),
        application.status(),
        certificate == null ? null : certificate.publicId(),
        certificate == null ? null : VerificationCode.grouped(certificate.code()));
  }

  private CertificationApplication lockedInRegion(Caller me, String id) {
    Optional<CertificationApplication> found;
    try {
      found = applications.findForUpdate(id);
    } catch (PersistenceException e) {
      // The lock was not granted in time: someone else is deciding it right now.
      throw BusinessException.conflict(
          "already-decided", "Another coordinator is deciding this application right now.");
    }
    return found
        .filter(a -> me.coordinates(a.region()))
        .orElseThrow(() -> BusinessException.notFound("The application"));
  }

  private CertificationApplication visible(
      Caller me, Optional<CertificationApplication> application) {
    return application
        .filter(a -> a.applicantId().equals(me.id()) || me.isAdmin() || me.coordinates(a.region()))
        .orElseThrow(() -> BusinessException.notFound("The application"));
  }

  ApplicationView view(CertificationApplication a) {
    return new ApplicationView(
        a.publicId(),
        a.applicantId(),
        accounts.find(a.applicantId()).map(AccountView::displayName).orElse("—"),
        a.region(),
        a.credential(),
        a.status(),
        a.appliedAt(),
        a.decidedAt().orElse(null),
        a.decidedBy().orElse(null),
        a.decisionComment().orElse(null),
        a.certificateId().orElse(null),
        history.of(a.publicId()).stream()
            .map(
                h ->
                    new ApplicationView.HistoryLine(
                        h.occurredAt(), h.actorId(), h.action(), h.details().orElse(null)))
            .toList());
  }
}
