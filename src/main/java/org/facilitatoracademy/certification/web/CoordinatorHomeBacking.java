package org.facilitatoracademy.certification.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.facilitatoracademy.certification.application.Applications;
import org.facilitatoracademy.certification.application.CertificateFilter;
import org.facilitatoracademy.certification.application.Certificates;
import org.facilitatoracademy.certification.domain.ApplicationStatus;
import org.facilitatoracademy.certification.domain.CertificateStatus;

/**
 * What waits for a coordinator, on their home page: applications to decide and active certificates
 * of the region that expire soon (the holders to talk to about renewal).
 */
@Named
@RequestScoped
public class CoordinatorHomeBacking {

  /** How far ahead the home page looks for expiring certificates: the first renewal reminder. */
  static final int EXPIRING_WITHIN_DAYS = 90;

  @Inject private Applications applications;
  @Inject private Certificates certificates;

  private Integer pending;
  private Long expiring;

  public int getPending() {
    if (pending == null) {
      pending = applications.countInQueue(ApplicationStatus.PENDING);
    }
    return pending;
  }

  public long getExpiring() {
    if (expiring == null) {
      expiring =
          certificates.countInMyRegion(
              new CertificateFilter(
                  Optional.of(CertificateStatus.ACTIVE),
                  Optional.of(EXPIRING_WITHIN_DAYS),
                  Optional.empty()));
    }
    return expiring;
  }

  public int getExpiringWithinDays() {
    return EXPIRING_WITHIN_DAYS;
  }
}
