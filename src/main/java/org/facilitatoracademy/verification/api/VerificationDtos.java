package org.facilitatoracademy.verification.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.facilitatoracademy.verification.application.HolderChecks;
import org.facilitatoracademy.verification.application.VerifiedCertificate;
import org.facilitatoracademy.verification.domain.StatusOnDay;

/** The JSON shapes of verification. */
public final class VerificationDtos {

  private VerificationDtos() {}

  /**
   * What anyone learns from a code, and nothing more; {@code on}, {@code statusOn} and {@code
   * changedThatDay} only when a day was asked about (null fields are left out of the JSON). A
   * withheld name (the holder closed their account) reads as the bundle's neutral wording, so
   * clients keep getting a name to show.
   */
  public record VerificationDto(
      String code,
      String displayName,
      String credential,
      String status,
      LocalDate issuedOn,
      LocalDate expiresOn,
      String issuer,
      LocalDate on,
      String statusOn,
      Boolean changedThatDay) {

    static VerificationDto of(VerifiedCertificate v) {
      StatusOnDay day = v.onDay();
      return new VerificationDto(
          v.code(),
          v.nameWithheld() ? nameWithheld() : v.displayName(),
          v.credential().name(),
          v.status().name(),
          v.issuedOn(),
          v.expiresOn(),
          v.issuer(),
          day == null ? null : day.day(),
          day == null ? null : day.status(),
          day == null ? null : day.changedThatDay());
    }
  }

  private static String nameWithheld() {
    return ResourceBundle.getBundle(
            "org.facilitatoracademy.i18n.verification",
            Locale.ENGLISH,
            VerificationDtos.class.getClassLoader())
        .getString("verify.nameWithheld");
  }

  /** One look-up of one of the caller's certificates: when and through which door. */
  public record CheckDto(Instant checkedAt, String channel, String code, String certificateId) {

    static CheckDto of(HolderChecks.Check c) {
      return new CheckDto(c.at(), c.channel().name(), c.code(), c.certificateId());
    }
  }

  /** The caller's log of checks. */
  public record ChecksDto(List<CheckDto> checks) {}

  /** A newly generated signing key. */
  public record KeyDto(String kid) {}
}
