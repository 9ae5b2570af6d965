package org.facilitatoracademy.certification.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.facilitatoracademy.certification.application.Applications;
import org.facilitatoracademy.certification.application.CertificateView;
import org.facilitatoracademy.certification.application.Certificates;
import org.facilitatoracademy.certification.domain.CertificateStatus;
import org.facilitatoracademy.certification.domain.CredentialType;
import org.facilitatoracademy.certification.domain.RequirementCheck;

/**
 * The certification card of the home page: the certificates held, and the checklist of each
 * credential the person does not hold yet.
 */
@Named
@RequestScoped
public class CertificationHomeBacking {

  @Inject private Applications applications;
  @Inject private Certificates certificates;

  private List<CertificateView> held;
  private List<RequirementCheck> checks;

  @PostConstruct
  void load() {
    held = certificates.mine();
    checks = new ArrayList<>();
    for (CredentialType credential : CredentialType.values()) {
      boolean holds =
          held.stream()
              .anyMatch(
                  c ->
                      c.credential() == credential
                          && c.status() != CertificateStatus.EXPIRED
                          && c.status() != CertificateStatus.REVOKED);
      if (!holds) {
        checks.add(applications.requirements(credential));
      }
    }
  }

  public List<CertificateView> getHeld() {
    return held;
  }

  public List<RequirementCheck> getChecks() {
    return checks;
  }
}
