package org.facilitatoracademy.certification.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.facilitatoracademy.assessment.application.DemoAttempts;
import org.facilitatoracademy.audit.application.AuditLog;
import org.facilitatoracademy.certification.domain.AgreementAcceptance;
import org.facilitatoracademy.certification.domain.AgreementRepository;
import org.facilitatoracademy.certification.domain.ApplicationRepository;
import org.facilitatoracademy.certification.domain.CertificationApplication;
import org.facilitatoracademy.certification.domain.CompetencyChecklist;
import org.facilitatoracademy.certification.domain.CredentialType;
import org.facilitatoracademy.certification.domain.HistoryEntry;
import org.facilitatoracademy.certification.domain.HistoryRepository;
import org.facilitatoracademy.certification.domain.PracticumEntry;
import org.facilitatoracademy.certification.domain.PracticumKind;
import org.facilitatoracademy.certification.domain.PracticumRepository;
import org.facilitatoracademy.identity.application.AccountService;
import org.facilitatoracademy.identity.application.AccountView;
import org.facilitatoracademy.platform.startup.DemoAccountsReady;

/**
 * A demo application waiting for the north-west coordinator's decision: applicant@demo.academy
 * finished the facilitator course (every quiz and the exam graded like any attempt), the demo
 * mentor signed the practicum the policy asks for, and the agreements are accepted — everything a
 * coordinator reviews before approving. Made once, after the start-up seeding commits (the demo
 * mentor's certificate is then in place); later starts find the application and change nothing.
 */
@Stateless
@PermitAll
public class DemoApplication {

  static final String APPLICANT = "applicant@demo.academy";
  static final String COORDINATOR = "coordinator@demo.academy";
  private static final Logger LOG = Logger.getLogger(DemoApplication.class.getName());

  @Inject private AccountService accounts;
  @Inject private DemoAttempts attempts;
  @Inject private CertificationPolicy policy;
  @Inject private PracticumRepository practicum;
  @Inject private AgreementRepository agreements;
  @Inject private AgreementTexts texts;
  @Inject private ApplicationRepository applications;
  @Inject private HistoryRepository history;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void seed(@Observes(during = TransactionPhase.AFTER_SUCCESS) DemoAccountsReady ready) {
    try {
      AccountView applicant = accounts.findByEmail(APPLICANT).orElse(null);
      AccountView mentor = accounts.findByEmail(DemoCertification.MENTOR).orElse(null);
      AccountView coordinator = accounts.findByEmail(COORDINATOR).orElse(null);
      if (applicant == null
          || mentor == null
          || coordinator == null
          || !applications.ofApplicant(applicant.id()).isEmpty()) {
        return;
      }
      attempts.finishCourse(
          applicant.id(), policy.requirements(CredentialType.FACILITATOR).courseId());
      signPracticum(applicant, mentor, coordinator);
      Instant now = Instant.now(clock);
      policy
          .requirements(CredentialType.FACILITATOR)
          .agreements()
          .forEach(
              a ->
                  agreements.store(
                      new AgreementAcceptance(
                          applicant.id(), a, texts.currentVersion(a).orElse(null), now)));
      CertificationApplication application =
          applications.store(
              new CertificationApplication(
                  applicant.id(), applicant.region(), CredentialType.FACILITATOR, now));
      history.record(
          new HistoryEntry(application.publicId(), now, applicant.id(), "applied", "FACILITATOR"));
      audit.record(applicant.id(), "certification.applied", application.publicId(), "FACILITATOR");
      LOG.info(() -> "Demo: " + APPLICANT + " has an application waiting for " + COORDINATOR);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The demo application could not be made", e);
    }
  }

  /** Observed meetings led by two different people, role-plays and co-facilitated meetings. */
  private void signPracticum(AccountView applicant, AccountView mentor, AccountView coordinator) {
    var needed = policy.requirements(CredentialType.FACILITATOR);
    LocalDate today = LocalDate.now(clock);
    Instant now = Instant.now(clock);
    String[] leaders = {mentor.id(), coordinator.id()};
    for (int i = 0; i < needed.observedMeetings(); i++) {
      sign(
          applicant,
          PracticumKind.OBSERVED_MEETING,
          today.minusDays(40 - i * 7),
          leaders[i % 2],
          null,
          "Noticed how the opening statement set a calm tone.",
          mentor,
          now);
    }
    for (int i = 0; i < needed.rolePlays(); i++) {
      sign(
          applicant,
          PracticumKind.ROLE_PLAY,
          today.minusDays(20 - i),
          null,
          null,
          "Handled a participant giving advice with a gentle redirect.",
          mentor,
          now);
    }
    for (int i = 0; i < needed.coFacilitatedMeetings(); i++) {
      sign(
          applicant,
          PracticumKind.CO_FACILITATED,
          today.minusDays(10 - i * 3),
          null,
          new CompetencyChecklist(true, true, true, true, true, true),
          "Kept time well and closed with a clear check-out.",
          mentor,
          now);
    }
  }

  private void sign(
      AccountView applicant,
      PracticumKind kind,
      LocalDate heldOn,
      String leader,
      CompetencyChecklist checklist,
      String note,
      AccountView mentor,
      Instant now) {
    practicum.store(
        new PracticumEntry(
            applicant.id(),
            kind,
            heldOn,
            leader,
            checklist,
            note,
            mentor.id(),
            now,
            LocalDate.now(clock)));
  }
}
