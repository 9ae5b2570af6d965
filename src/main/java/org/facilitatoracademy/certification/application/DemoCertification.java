package org.facilitatoracademy.certification.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import org.facilitatoracademy.certification.domain.CertificateRepository;
import org.facilitatoracademy.certification.domain.CredentialType;
import org.facilitatoracademy.certification.domain.PracticumEntry;
import org.facilitatoracademy.certification.domain.PracticumKind;
import org.facilitatoracademy.certification.domain.PracticumRepository;
import org.facilitatoracademy.identity.application.AccountService;
import org.facilitatoracademy.identity.application.AccountView;
import org.facilitatoracademy.identity.application.NewAccount;

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
    for (ExpiringHolder holder : EXPIRING_HOLDERS) {
      certifyExpiring(holder);
    }
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

  /**
   * People of North West whose certificates run out soon, so the coordinator's workspace has
   * renewals to plan and people who could step in for a meeting. They are not demo logins.
   */
  record ExpiringHolder(
      String email, String displayName, CredentialType credential, int daysLeft) {}

  static final ExpiringHolder[] EXPIRING_HOLDERS = {
    new ExpiringHolder("riley.host@demo.academy", "Riley H.", CredentialType.HOST, 25),
    new ExpiringHolder(
        "avery.facilitator@demo.academy", "Avery F.", CredentialType.FACILITATOR, 50),
  };

  private void certifyExpiring(ExpiringHolder holder) {
    AccountView person =
        accounts
            .findByEmail(holder.email())
            .orElseGet(
                () ->
                    accounts.createTrusted(
                        new NewAccount(
                            holder.email(),
                            UUID.randomUUID().toString(),
                            holder.displayName(),
                            "north-west",
                            Set.of())));
    if (!certificates.ofHolder(person.id()).isEmpty()) {
      return;
    }
    LocalDate expires = LocalDate.now(clock).plusDays(holder.daysLeft());
    issuer.issue(
        new CertificateIssuer.Issue(
            person.id(),
            holder.credential(),
            person.displayName(),
            person.region(),
            expires.minusYears(2),
            expires,
            null,
            null,
            true,
            "system"));
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
