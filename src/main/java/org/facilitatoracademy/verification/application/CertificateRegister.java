package org.facilitatoracademy.verification.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.logging.Logger;
import org.facilitatoracademy.verification.domain.StatusEntry;
import org.facilitatoracademy.verification.domain.StatusList;
import org.facilitatoracademy.verification.domain.VerifiableCertificate;
import org.facilitatoracademy.verification.domain.VerificationCode;
import org.facilitatoracademy.verification.domain.VerificationRepository;

/**
 * Keeps verification's copy of each certificate in step with the certification context. Both
 * operations are idempotent, so an event delivered twice changes nothing the second time. Each runs
 * in a transaction of its own: they are called after certification's transaction has committed.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class CertificateRegister {

  private static final Logger LOG = Logger.getLogger(CertificateRegister.class.getName());
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject private VerificationRepository repository;
  @Inject private VerificationSettings settings;
  @Inject private Clock clock;

  /**
   * A certificate was issued: it becomes verifiable by its code and gets a revocation entry at a
   * random index. Known already: its facts are brought up to date instead.
   */
  public void issued(CertificateFacts facts) {
    Optional<VerifiableCertificate> known = repository.findByCertificateId(facts.certificateId());
    if (known.isPresent()) {
      apply(known.get(), facts);
      return;
    }
    VerificationCode code =
        VerificationCode.read(facts.code())
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "Certificate " + facts.certificateId() + " has no valid code"));
    repository.subjectOf(facts.holderId());
    StatusList list = repository.openStatusListLocked(settings.statusListSize());
    int index = list.assignIndex(RANDOM);
    VerifiableCertificate certificate =
        new VerifiableCertificate(
            facts.certificateId(),
            facts.holderId(),
            code,
            facts.credential(),
            facts.displayName(),
            facts.status(),
            facts.issuedOn(),
            facts.expiresOn(),
            list,
            index,
            clock.instant());
    repository.store(certificate);
    repository.record(new StatusEntry(certificate, LocalDate.now(clock), clock.instant()));
    if (certificate.revoked()) {
      list.mark(index, true, clock.instant());
    }
  }

  /**
   * A certificate's status, expiry or display name changed. The revocation bit follows the status:
   * set on revocation, cleared if an appeal reinstates the certificate.
   */
  public void changed(CertificateFacts facts) {
    Optional<VerifiableCertificate> known = repository.findByCertificateId(facts.certificateId());
    if (known.isEmpty()) {
      issued(facts);
      return;
    }
    apply(known.get(), facts);
  }

  /**
   * A coordinator corrected the name printed on a certificate: only the name is taken over, so a
   * status change delivered around the same time is never undone by the facts of this event. A
   * certificate not seen yet is taken over whole.
   */
  public void nameCorrected(CertificateFacts facts) {
    Optional<VerifiableCertificate> known = repository.findByCertificateId(facts.certificateId());
    if (known.isEmpty()) {
      issued(facts);
      return;
    }
    VerifiableCertificate certificate = known.get();
    certificate.update(
        certificate.status(), certificate.expiresOn(), facts.displayName(), clock.instant());
  }

  /** The display name verification shows for the certificate, if it knows the certificate. */
  public Optional<String> displayNameOf(String certificateId) {
    return repository.findByCertificateId(certificateId).map(VerifiableCertificate::displayName);
  }

  private void apply(VerifiableCertificate certificate, CertificateFacts facts) {
    Instant now = clock.instant();
    boolean wasRevoked = certificate.revoked();
    boolean standingChanged =
        certificate.status() != facts.status()
            || !certificate.expiresOn().equals(facts.expiresOn());
    certificate.update(facts.status(), facts.expiresOn(), facts.displayName(), now);
    if (standingChanged) {
      repository.record(new StatusEntry(certificate, LocalDate.now(clock), now));
    }
    if (certificate.revoked() != wasRevoked) {
      StatusList list = repository.statusListLocked(certificate.statusListId());
      list.mark(certificate.statusListIndex(), certificate.revoked(), now);
      LOG.fine(() -> "Status list " + list.publicId() + " updated");
    }
  }
}
