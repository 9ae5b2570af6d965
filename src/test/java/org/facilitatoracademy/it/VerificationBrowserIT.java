package org.facilitatoracademy.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;
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

    String link = browser.find("a.download-credential").getAttribute("href");
    HttpResponse<String> download = getWithSession(link);
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/vc+jwt");
    VcJwt credential = VcJwt.parse(download.body());
    assertThat(credential.payload().path("credentialSubject").path("id").asText())
        .startsWith("urn:uuid:");
    String jwks = getWithSession(server.url("/.well-known/jwks.json")).body();
    assertThat(credential.verifiesWith(json(jwks))).isTrue();

    HttpResponse<String> linkedData =
        getWithSession(browser.find("a.download-credential-ld").getAttribute("href"));
    assertThat(linkedData.statusCode()).isEqualTo(200);
    assertThat(linkedData.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/vc+ld+json");
    jakarta.json.JsonObject ld =
        org.facilitatoracademy.verification.DataIntegrityCheck.parse(linkedData.body());
    String method = ld.getJsonArray("proof").getJsonObject(0).getString("verificationMethod");
    JsonNode did = json(getWithSession(server.url("/.well-known/did.json")).body());
    String key = null;
    for (JsonNode vm : did.path("verificationMethod")) {
      if (vm.path("id").asText().equals(method)) {
        key = vm.path("publicKeyMultibase").asText();
      }
    }
    assertThat(key).as(method + " in the DID document").isNotNull();
    assertThat(
            org.facilitatoracademy.verification.DataIntegrityCheck.verifies(
                ld, org.facilitatoracademy.verification.DataIntegrityCheck.rawKey(key)))
        .isTrue();

    Certified.Holder someoneElse = Certified.holder(server, "HOST");
    HttpResponse<String> notTheirs =
        getWithSession(server.url("/verification/credential?id=" + someoneElse.certificateId()));
    assertThat(notTheirs.statusCode()).as(notTheirs.headers().map().toString()).isEqualTo(404);
  }

  /** A GET carrying the browser's session, as following the link in the browser would. */
  private HttpResponse<String> getWithSession(String url) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
    StringBuilder cookies = new StringBuilder();
    for (Cookie cookie : browser.driver().manage().getCookies()) {
      cookies
          .append(cookies.length() == 0 ? "" : "; ")
          .append(cookie.getName())
          .append('=')
          .append(cookie.getValue());
    }
    if (cookies.length() > 0) {
      request.header("Cookie", cookies.toString());
    }
    try {
      return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode json(String text) {
    try {
      return new ObjectMapper().readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
