package org.facilitatoracademy.certification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import org.facilitatoracademy.certification.domain.Certificate;
import org.facilitatoracademy.certification.domain.CertificateStatus;

/** Tells other contexts about certificates, from inside the transaction that changed them. */
@ApplicationScoped
class CertificateEvents {

  @Inject private Event<CertificateIssued> issued;
  @Inject private Event<CertificateStatusChanged> changed;
  @Inject private Event<CertificateNameCorrected> nameCorrected;
  @Inject private CertificationPolicy policy;

  void issued(Certificate c, LocalDate today) {
    issued.fire(
        new CertificateIssued(
            c.publicId(),
            c.code(),
            c.number(),
            c.holderId(),
            c.displayName(),
            c.region(),
            c.credential(),
            c.statusOn(today),
            c.issuedOn(),
            c.expiresOn(),
            c.imported()));
  }

  void statusChanged(Certificate c, CertificateStatus previous, LocalDate today, Instant now) {
    changed.fire(
        new CertificateStatusChanged(
            c.publicId(),
            c.code(),
            c.holderId(),
            c.region(),
            c.credential(),
            previous,
            c.statusOn(today),
            c.issuedOn(),
            c.expiresOn(),
            c.graceEndsOn(policy.graceDays()),
            c.mayLeadOn(today, policy.graceDays()),
            c.mayBeAssignedOn(today),
            now));
  }

  void nameCorrected(Certificate c, LocalDate today, Instant now) {
    nameCorrected.fire(
        new CertificateNameCorrected(
            c.publicId(),
            c.code(),
            c.holderId(),
            c.displayName(),
            c.credential(),
            c.statusOn(today),
            c.issuedOn(),
            c.expiresOn(),
            now));
  }
}
