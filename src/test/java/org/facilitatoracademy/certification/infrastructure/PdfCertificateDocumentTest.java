package org.facilitatoracademy.certification.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import org.facilitatoracademy.certification.domain.Certificate;
import org.facilitatoracademy.certification.domain.CredentialType;
import org.facilitatoracademy.certification.domain.EarnedOn;
import org.facilitatoracademy.it.CertificatePdfs;
import org.junit.jupiter.api.Test;

class PdfCertificateDocumentTest {

  private static Certificate certificate(String displayName) throws ReflectiveOperationException {
    Certificate c =
        new Certificate(
            "holder",
            CredentialType.FACILITATOR,
            displayName,
            "north-west",
            LocalDate.of(2026, 6, 1),
            LocalDate.of(2028, 6, 1),
            "0123456789ABCDEF",
            "application",
            new EarnedOn("facilitator", "2026.1", "c0ffee", "beef42"),
            false,
            "coordinator",
            Instant.parse("2026-06-01T10:00:00Z"));
    Field id = Certificate.class.getDeclaredField("id");
    id.setAccessible(true);
    id.set(c, 123L);
    c.assignNumber("FA");
    return c;
  }

  @Test
  void theCertificateShowsWhoWhatWhenAndByWhomAndItsQrCodeLeadsToTheVerificationPage()
      throws Exception {
    byte[] pdf =
        new PdfCertificateDocument()
            .render(
                certificate("Sam T."),
                "https://academy.example.org/verify/0123456789ABCDEF",
                "Facilitator Academy");

    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    String text = CertificatePdfs.text(pdf);
    assertThat(text)
        .contains("Sam T.")
        .contains("Facilitator")
        .contains("1 June 2026")
        .contains("1 June 2028")
        .contains("FA-2026-000123")
        .contains("0123-4567-89AB-CDEF")
        .contains("Issued by Facilitator Academy")
        .contains("version 2026.1");
    assertThat(CertificatePdfs.qrCode(pdf))
        .isEqualTo("https://academy.example.org/verify/0123456789ABCDEF");
  }

  @Test
  void aNameInAnyScriptPrintsAsTyped() throws Exception {
    byte[] pdf =
        new PdfCertificateDocument()
            .render(certificate("Łucja Ż. — Ørsted"), "http://localhost/verify/X", "Academy");
    assertThat(CertificatePdfs.text(pdf)).contains("Łucja Ż. — Ørsted");
  }
}
