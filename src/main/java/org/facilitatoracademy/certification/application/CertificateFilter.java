package org.facilitatoracademy.certification.application;

import java.util.Optional;
import org.facilitatoracademy.certification.domain.CertificateStatus;

/**
 * What a coordinator narrows their region's certificates to: a status as it reads today, those
 * expiring within some days, a number or display name containing a text. Empty parts do not narrow.
 */
public record CertificateFilter(
    Optional<CertificateStatus> status,
    Optional<Integer> expiringWithinDays,
    Optional<String> text) {

  public static final CertificateFilter NONE =
      new CertificateFilter(Optional.empty(), Optional.empty(), Optional.empty());
}
