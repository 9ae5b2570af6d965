package org.facilitatoracademy.verification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.facilitatoracademy.certification.application.CertificateEvent;
import org.facilitatoracademy.certification.application.CertificateIssued;
import org.facilitatoracademy.certification.application.CertificateNameCorrected;
import org.facilitatoracademy.certification.application.CertificateStatusChanged;
import org.facilitatoracademy.certification.application.PublicCertificate;
import org.facilitatoracademy.verification.domain.Credential;
import org.facilitatoracademy.verification.domain.HeldStatus;

/**
 * Keeps verification's copy of certificates in step with the certification context, from its events
 * once their transaction has committed: verification never reads certification's tables, and a page
 * or API look-up never waits on certification.
 */
@ApplicationScoped
public class CertificationListener {

  private static final Logger LOG = Logger.getLogger(CertificationListener.class.getName());

  @Inject private CertificateRegister register;
  @Inject private org.facilitatoracademy.certification.application.Credentials certification;

  void issued(@Observes(during = TransactionPhase.AFTER_SUCCESS) CertificateIssued event) {
    try {
      register.issued(facts(event, event.displayName()));
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Certificate " + event.certificateId() + " is not verifiable", e);
    }
  }

  /**
   * The change event carries no display name; a certificate verification has not seen yet (issued
   * before verification was installed) takes it from certification's public look-up by code.
   */
  void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) CertificateStatusChanged event) {
    try {
      Optional<String> knownName = register.displayNameOf(event.certificateId());
      String displayName =
          knownName.orElseGet(
              () ->
                  certification
                      .lookUp(event.code())
                      .map(PublicCertificate::displayName)
                      .orElseThrow());
      register.changed(facts(event, displayName));
    } catch (RuntimeException e) {
      LOG.log(
          Level.SEVERE,
          "Status change of certificate " + event.certificateId() + " not taken over",
          e);
    }
  }

  private static CertificateFacts facts(CertificateEvent event, String displayName) {
    return new CertificateFacts(
        event.certificateId(),
        event.accountId(),
        event.code(),
        Credential.valueOf(event.credential().name()),
        displayName,
        HeldStatus.valueOf(event.status().name()),
        event.issuedOn(),
        event.expiresOn());
  }

  void nameCorrected(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) CertificateNameCorrected event) {
    try {
      register.nameCorrected(facts(event, event.displayName()));
    } catch (RuntimeException e) {
      LOG.log(
          Level.SEVERE,
          "Name correction of certificate " + event.certificateId() + " not taken over",
          e);
    }
  }
}
