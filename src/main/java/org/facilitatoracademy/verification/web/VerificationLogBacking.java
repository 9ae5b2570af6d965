package org.facilitatoracademy.verification.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.facilitatoracademy.verification.application.HolderChecks;

/**
 * The holder's view: their certificates as verifiers see them, and when each was checked (home card
 * and log page).
 */
@Named
@RequestScoped
public class VerificationLogBacking {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  @Inject private HolderChecks holderChecks;

  private List<HolderChecks.HeldCertificate> certificates;
  private List<HolderChecks.Check> checks;

  public List<HolderChecks.HeldCertificate> getCertificates() {
    if (certificates == null) {
      certificates = holderChecks.certificates();
    }
    return certificates;
  }

  public List<HolderChecks.Check> getChecks() {
    if (checks == null) {
      checks = holderChecks.checks();
    }
    return checks;
  }

  public String when(HolderChecks.Check check) {
    return WHEN.format(check.at());
  }
}
