package org.facilitatoracademy.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/** People checking a certificate on the page, and a holder reading when theirs was checked. */
class VerificationBrowserIT extends BrowserTest {

  private String qrPath(Certified.Holder holder) {
    String url = CertificatePdfs.qrCode(Certified.pdf(server, holder));
    assertThat(url).startsWith(server.url("/verify/"));
    return url.substring(server.url("").length());
  }

  private String status() {
    return browser.find("#status .verify-status-word").getText().toUpperCase(Locale.ROOT);
  }

  @Test
  void openingTheUrlFromACertificatesQrCodeShowsItsLiveStatusAndNothingPrivate() {
    Certified.Holder holder = Certified.holder(server, "FACILITATOR");
    String path = qrPath(holder);

    browser.open(path);

    assertThat(status()).isEqualTo("ACTIVE");
    assertThat(browser.find("#displayName").getText()).isEqualTo(holder.displayName());
    assertThat(browser.find("#credential").getText()).isEqualTo("Certified Meeting Facilitator");
    assertThat(browser.find("#certificateCode").getText()).isEqualTo(holder.code());
    assertThat(browser.find("#issuer").getText()).isNotBlank();
    assertThat(browser.find("#expiresOn").getText()).isNotBlank();
    assertThat(browser.find("meta[name='robots']").getAttribute("content")).contains("noindex");
    assertThat(browser.source())
        .doesNotContain(holder.email(), holder.accountId(), holder.certificateId());
    browser.screenshot("verify-active");

    Certified.changeStatus(server, holder, "SUSPENDED", "A participant raised a concern");
    browser.open(path);
    assertThat(status()).isEqualTo("INACTIVE");
    assertThat(browser.source().toLowerCase(Locale.ROOT)).doesNotContain("concern", "suspend");

    Certified.changeStatus(server, holder, "REVOKED", "Confirmed after review");
    browser.open(path);
    assertThat(status()).isEqualTo("REVOKED");
  }

  @Test
  void thePageIsReadableOnAPhoneWithoutScrollingSideways() {
    Certified.Holder holder = Certified.holder(server, "HOST");
    browser.driver().manage().window().setSize(new Dimension(390, 844));

    browser.open(qrPath(holder));

    assertThat(status()).isEqualTo("ACTIVE");
    Object overflow =
        ((JavascriptExecutor) browser.driver())
            .executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
    browser.screenshot("verify-phone");
  }

  @Test
  void theStatusIsInTheHtmlItselfSoThePageWorksWithoutJavaScript() {
    Certified.Holder holder = Certified.holder(server, "FACILITATOR");

    LoopbackClient.Reply page =
        LoopbackClient.from(server, "127.0.6.1").get("/verify/" + holder.code());

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body())
        .contains("verify-status-ACTIVE", holder.displayName(), "Certified Meeting Facilitator")
        .contains("<form id=\"lookup\" method=\"get\"")
        .contains("name=\"robots\" content=\"noindex");
    assertThat(page.header("X-Robots-Tag")).contains("noindex");
    LoopbackClient.Reply unknown =
        LoopbackClient.from(server, "127.0.6.1").get("/verify/ZZZZ-ZZZZ-ZZZZ-ZZZZ");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.body()).contains("No certificate has this code");
  }

  @Test
  void aVisitorTypesACodeAnyWayTheyLikeAndSeesTheCertificate() {
    Certified.Holder holder = Certified.holder(server, "FACILITATOR");

    browser.open("/verify");
    browser.type("#code", holder.plainCode().toLowerCase(Locale.ROOT)).click("#check");

    assertThat(browser.path()).startsWith("/verify/");
    assertThat(status()).isEqualTo("ACTIVE");
    assertThat(browser.find("#certificateCode").getText()).isEqualTo(holder.code());

    browser.type("#code", "ABCD-EFGH-JKMN-PQRS").click("#check");
    browser.waitForText("No certificate has this code");
    assertThat(browser.exists("#status")).isFalse();
  }

  @Test
  void theHolderSeesWhenTheirCertificateWasCheckedAndCanDownloadItsSignedCredential() {
    Certified.Holder holder = Certified.holder(server, "FACILITATOR");
    browser.open(qrPath(holder));
    assertThat(status()).isEqualTo("ACTIVE");

    signIn(holder.email(), Certified.PASSWORD);
    browser.open("/me/home.xhtml");
    browser.click("#verificationLog");

    assertThat(browser.path()).startsWith("/verification/log.xhtml");
    assertThat(browser.find("#log\\:checks").getText()).contains("Web page", holder.code());
    assertThat(browser.text()).contains("never who checked");
    assertThat(browser.find("a.download-credential").getAttribute("href"))
        .contains("/verification/credential?id=" + holder.certificateId());
    assertThat(browser.find("a.public-page").getAttribute("href"))
        .endsWith("/verify/" + holder.code());
    browser.screenshot("verification-log");
  }
}
