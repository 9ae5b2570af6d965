package org.facilitatoracademy.verification.application;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.facilitatoracademy.certification.application.CertificateIssued;
import org.facilitatoracademy.identity.application.AccountService;
import org.facilitatoracademy.identity.application.AccountView;
import org.facilitatoracademy.platform.config.BaseUrl;
import org.facilitatoracademy.verification.domain.Channel;
import org.facilitatoracademy.verification.domain.VerifiableCertificate;
import org.facilitatoracademy.verification.domain.VerificationCheck;
import org.facilitatoracademy.verification.domain.VerificationRepository;

/**
 * The demo: when the demo mentor's certificate is issued (by certification's demo data), its log
 * gets two earlier checks, one on the page and one through the API, and the start-up log names the
 * page to try. Only with ACADEMY_DEMO=true; a certificate is issued once, so this runs once.
 */
@Stateless
@PermitAll
public class VerificationDemo {

  private static final Logger LOG = Logger.getLogger(VerificationDemo.class.getName());
  private static final String DEMO_HOLDER = "mentor@demo.academy";

  @Inject private VerificationRepository repository;
  @Inject private AccountService accounts;
  @Inject private BaseUrl baseUrl;
  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "academy.demo", defaultValue = "false")
  boolean demo;

  /** Runs after {@link CertificationListener} has made the certificate verifiable. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void seed(
      @Observes(during = TransactionPhase.AFTER_SUCCESS)
          @Priority(Interceptor.Priority.APPLICATION + 900)
          CertificateIssued issued) {
    if (!demo) {
      return;
    }
    boolean demoHolder =
        accounts.find(issued.accountId()).map(AccountView::email).stream()
            .anyMatch(DEMO_HOLDER::equalsIgnoreCase);
    VerifiableCertificate certificate =
        repository.findByCertificateId(issued.certificateId()).orElse(null);
    if (!demoHolder
        || certificate == null
        || !repository.checksOf(List.of(certificate), 1).isEmpty()) {
      return;
    }
    repository.record(
        new VerificationCheck(
            certificate, Channel.PAGE, clock.instant().minus(Duration.ofDays(3))));
    repository.record(
        new VerificationCheck(
            certificate, Channel.API, clock.instant().minus(Duration.ofHours(20))));
    LOG.info(
        () ->
            "Demo: the demo mentor's certificate can be checked at "
                + baseUrl.link("/verify/" + certificate.code().grouped()));
  }
}
