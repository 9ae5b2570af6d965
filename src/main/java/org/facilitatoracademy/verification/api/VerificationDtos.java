package org.facilitatoracademy.verification.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.facilitatoracademy.verification.application.HolderChecks;
import org.facilitatoracademy.verification.application.VerifiedCertificate;

/** The JSON shapes of verification. */
public final class VerificationDtos {

  private VerificationDtos() {}

  /**
   * What anyone learns from a code, and nothing more. A withheld name (the holder closed their
   * account) reads as the bundle's neutral wording, so clients keep getting a name to show.
   */
  public record VerificationDto(
      String code,
      String displayName,
      String credential,
      String status,
      LocalDate issuedOn,
      LocalDate expiresOn,
      String issuer) {

    static VerificationDto of(VerifiedCertificate v) {
      return new VerificationDto(
          v.code(),
          v.nameWithheld() ? nameWithheld() : v.displayName(),
          v.credential().name(),
          v.status().name(),
          v.issuedOn(),
          v.expiresOn(),
          v.issuer());
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
