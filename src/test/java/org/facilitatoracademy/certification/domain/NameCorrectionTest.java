package org.facilitatoracademy.certification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.facilitatoracademy.certification.domain.CertificateFixture.*;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A coordinator's correction of the name printed on a certificate. */
class NameCorrectionTest {

  @Test
  void aCorrectionPrintsTheTrimmedNewNameAndRemembersTheOldOne() {
    Certificate c = issued();

    NameCorrection correction = c.correctDisplayName("  Samira T.  ", "coordinator").orElseThrow();

    assertThat(correction).isEqualTo(new NameCorrection("Sam T.", "Samira T."));
    assertThat(c.displayName()).isEqualTo("Samira T.");
    assertThat(c.storedStatus()).isEqualTo(CertificateStatus.ACTIVE);
  }

  @Test
  void theSameNameAgainChangesNothing() {
    Certificate c = issued();

    assertThat(c.correctDisplayName("Sam T.", "coordinator")).isEmpty();
    assertThat(c.correctDisplayName(" Sam T. ", "coordinator")).isEmpty();
    assertThat(c.displayName()).isEqualTo("Sam T.");
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "   ", "\t"})
  void aBlankNameIsRefused(String name) {
    Certificate c = issued();

    assertThat(refusal(() -> c.correctDisplayName(name, "coordinator")))
        .isEqualTo("MALFORMED invalid-display-name");
    assertThat(c.displayName()).isEqualTo("Sam T.");
  }

  @Test
  void aNameIsAsLongAsAnAccountsDisplayNameAtMost() {
    Certificate c = issued();
    String longest = "N".repeat(NameCorrection.DISPLAY_NAME_MAX);

    assertThat(refusal(() -> c.correctDisplayName(longest + "N", "coordinator")))
        .isEqualTo("MALFORMED invalid-display-name");
    assertThat(c.correctDisplayName(longest, "coordinator")).isPresent();
  }

  @Test
  void aRevokedCertificateKeepsItsName() {
    Certificate c = issued();
    c.changeStatus(CertificateStatus.REVOKED, "coordinator", TODAY, NOW);

    assertThat(refusal(() -> c.correctDisplayName("Samira T.", "coordinator")))
        .isEqualTo("CONFLICT revoked-final");
    assertThat(c.displayName()).isEqualTo("Sam T.");
  }

  @Test
  void aSuspendedCertificateCanStillBeCorrected() {
    Certificate c = issued();
    c.changeStatus(CertificateStatus.SUSPENDED, "coordinator", TODAY, NOW);

    assertThat(c.correctDisplayName("Samira T.", "coordinator")).isPresent();
    assertThat(c.storedStatus()).isEqualTo(CertificateStatus.SUSPENDED);
  }

  @Test
  void nobodyCorrectsTheNameOnTheirOwnCertificate() {
    Certificate c = issued();

    assertThat(refusal(() -> c.correctDisplayName("Samira T.", "holder")))
        .isEqualTo("FORBIDDEN own-certificate");
    assertThat(c.displayName()).isEqualTo("Sam T.");
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "  "})
  void aCorrectionNeedsAReason(String reason) {
    assertThat(refusal(() -> NameCorrection.requireReason(reason)))
        .isEqualTo("MALFORMED reason-required");
    assertThat(refusal(() -> NameCorrection.requireReason("x".repeat(StatusReason.REASON_MAX + 1))))
        .isEqualTo("MALFORMED reason-too-long");
    assertThat(NameCorrection.requireReason(" Typo at issue ")).isEqualTo("Typo at issue");
  }
}
