package org.facilitatoracademy.container;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.facilitatoracademy.certification.application.CertificateIssued;
import org.facilitatoracademy.certification.application.CertificateStatusChanged;

/** Listens as another context would: only to what was committed. */
@ApplicationScoped
public class CertificateEventLog {

  private final List<CertificateIssued> issued = new CopyOnWriteArrayList<>();
  private final List<CertificateStatusChanged> changed = new CopyOnWriteArrayList<>();

  void onIssued(@Observes(during = TransactionPhase.AFTER_SUCCESS) CertificateIssued event) {
    issued.add(event);
  }

  void onChanged(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) CertificateStatusChanged event) {
    changed.add(event);
  }

  public List<CertificateIssued> issuedTo(String accountId) {
    return issued.stream().filter(e -> e.accountId().equals(accountId)).toList();
  }

  public List<CertificateStatusChanged> changesOf(String certificateId) {
    return changed.stream().filter(e -> e.certificateId().equals(certificateId)).toList();
  }
}
