package org.facilitatoracademy.certification.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.logging.Logger;
import org.facilitatoracademy.certification.domain.CertificateRepository;
import org.facilitatoracademy.certification.domain.CredentialType;
import org.facilitatoracademy.certification.domain.PracticumEntry;
import org.facilitatoracademy.certification.domain.PracticumKind;
import org.facilitatoracademy.certification.domain.PracticumRepository;
import org.facilitatoracademy.identity.application.AccountService;
import org.facilitatoracademy.identity.application.AccountView;

/**
 * The demo's first mentor: mentor@demo.academy holds an Active facilitator certificate, recorded
 * the way an organisation brings in people certified before the platform (as imported), so the demo
 * mentor can sign practicum. Idempotent: nothing happens once the mentor holds one.
 */
@Stateless
@PermitAll
public class DemoCertification {

  static final String MENTOR = "mentor@demo.academy";
  static final String TRAINEE = "trainee@demo.academy";
  private static final Logger LOG = Logger.getLogger(DemoCertification.class.getName());

  @Inject private AccountService accounts;
  @Inject private CertificateRepository certificates;
  @Inject private CertificateIssuer issuer;
  @Inject private PracticumRepository practicum;
  @Inject private Clock clock;

  public void seed() {
    AccountView mentor = accounts.findByEmail(MENTOR).orElse(null);
    if (mentor == null) {
      return;
    }
    certifyMentor(mentor);
    accounts
        .findByEmail(TRAINEE)
        .filter(trainee -> practicum.of(trainee.id()).isEmpty())
        .ifPresent(trainee -> signObservedMeeting(trainee, mentor));
  }

  private void signObservedMeeting(AccountView trainee, AccountView mentor) {
    LocalDate today = LocalDate.now(clock);
    practicum.store(
        new PracticumEntry(
            trainee.id(),
            PracticumKind.OBSERVED_MEETING,
            today.minusDays(7),
            mentor.id(),
            null,
            "Watched closely how the check-in led to the agenda.",
            mentor.id(),
            Instant.now(clock),
            today));
  }

  private void certifyMentor(AccountView mentor) {
    if (!certificates.ofHolder(mentor.id()).isEmpty()) {
      return;
    }
    LocalDate issued = LocalDate.now(clock).minusMonths(6);
    issuer.issue(
        new CertificateIssuer.Issue(
            mentor.id(),
            CredentialType.FACILITATOR,
            mentor.displayName(),
            mentor.region(),
            issued,
            issuer.expiryFor(issued),
            null,
            null,
            true,
            "system"));
    LOG.info(() -> "Demo: " + MENTOR + " holds an active facilitator certificate (imported).");
  }
}
