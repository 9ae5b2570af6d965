package org.facilitatoracademy.certification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.facilitatoracademy.audit.application.AuditLog;
import org.facilitatoracademy.certification.domain.Certificate;
import org.facilitatoracademy.certification.domain.CertificateRepository;
import org.facilitatoracademy.certification.domain.CertificateStatus;
import org.facilitatoracademy.certification.domain.ClosedAccountErasure;
import org.facilitatoracademy.certification.domain.HistoryEntry;
import org.facilitatoracademy.certification.domain.HistoryRepository;
import org.facilitatoracademy.identity.application.AccountClosed;

/**
 * Certification's retention rule when a holder closes their account (README, "Privacy and
 * retention"): each certificate stays as a nameless record that ends as INACTIVE ({@link
 * Certificate#closeWithHolder}), announced like every status change so that meetings end the
 * holder's duties and verification shows the new status; everything else about the person is
 * erased. Runs in the closing transaction.
 */
@ApplicationScoped
public class CertificateRetention {

  @Inject private CertificateRepository certificates;
  @Inject private HistoryRepository history;
  @Inject private ClosedAccountErasure erasure;
  @Inject private CertificateEvents events;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  void onAccountClosed(@Observes AccountClosed closed) {
    String holder = closed.accountId();
    LocalDate today = LocalDate.now(clock);
    List<Certificate> held =
        certificates.ofHolder(holder).stream()
            .map(c -> certificates.findForUpdate(c.publicId()).orElseThrow())
            .toList();
    for (Certificate certificate : held) {
      CertificateStatus before = certificate.statusOn(today);
      certificate.closeWithHolder(closed.closedAt());
      CertificateStatus after = certificate.statusOn(today);
      history.record(
          new HistoryEntry(
              certificate.publicId(),
              closed.closedAt(),
              holder,
              "holder-closed-account",
              before + " -> " + after));
      audit.record(
          holder,
          "certificate.holder-closed-account",
          certificate.publicId(),
          before + " -> " + after);
      events.statusChanged(certificate, before, today, closed.closedAt());
    }
    erasure.erase(holder, held.stream().map(Certificate::publicId).toList());
  }
}
