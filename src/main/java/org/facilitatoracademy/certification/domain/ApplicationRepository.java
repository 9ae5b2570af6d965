package org.facilitatoracademy.certification.domain;

import java.util.List;
import java.util.Optional;

/** Where applications are kept. */
public interface ApplicationRepository {

  Optional<CertificationApplication> find(String publicId);

  /**
   * The application with its row locked until the transaction ends: of two coordinators deciding at
   * once, the second waits and then finds it already decided.
   */
  Optional<CertificationApplication> findForUpdate(String publicId);

  List<CertificationApplication> ofApplicant(String applicantId);

  /** Applications of a region (all regions when null), optionally of one status, oldest first. */
  List<CertificationApplication> queue(String region, ApplicationStatus status);

  CertificationApplication store(CertificationApplication application);
}
