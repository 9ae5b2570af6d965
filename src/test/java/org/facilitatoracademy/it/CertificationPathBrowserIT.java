package org.facilitatoracademy.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.Select;

/**
 * The whole path to a certificate in the browser: a trainee whose facilitator course is complete
 * (seeded by the test through the public API, answering quizzes from the content files), a mentor
 * signing the practicum, the application, a coordinator of another region who cannot see it, the
 * coordinator of the trainee's region approving it, and the trainee downloading the PDF whose QR
 * code leads to the verification page.
 */
class CertificationPathBrowserIT extends BrowserTest {

  private static final String PASSWORD = "long quiet evening";

  @Test
  void fromAFinishedCourseToAVerifiablePdf() throws Exception {
    String trainee = Accounts.uniqueEmail("journey");
    String name = "Jo " + (System.nanoTime() % 100000) + ".";
    Api.Reply created =
        Api.as(server, Accounts.ADMIN, Accounts.PASSWORD)
            .post(
                "/admin/accounts",
                Map.of(
                    "email", trainee,
                    "password", PASSWORD,
                    "displayName", name,
                    "region", "north-west",
                    "roles", java.util.List.of()));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    Api traineeApi = Api.as(server, trainee, PASSWORD);
    CourseCompleter.complete(traineeApi, "facilitator");

    signInAgain(trainee, PASSWORD);
    assertThat(browser.find("#home-checklist-FACILITATOR").getText())
        .doesNotContain("Enrol in the Facilitator course")
        .contains("Observe meetings led by different people (0 of 2)");
    browser.open("/certification/index.xhtml");
    browser.click("#my\\:agreements\\:0\\:accept");
    browser.waitForText("Thank you: you accepted the");
    browser.click("#my\\:agreements\\:1\\:accept");
    browser.wait(Duration.ofSeconds(10)).until(d -> !browser.text().contains("Not accepted yet"));

    signInAgain("mentor@demo.academy", Accounts.PASSWORD);
    browser.open("/certification/mentor/practicum.xhtml");
    browser.type("#practicum\\:traineeEmail", trainee).click("#practicum\\:find");
    browser.waitForText("Practicum of " + name);
    observed(Accounts.COORDINATOR);
    observed(Accounts.ADMIN);
    kind("ROLE_PLAY");
    browser.click("#practicum\\:sign");
    browser.waitForText("Signed: Role-play");
    for (int i = 0; i < 2; i++) {
      kind("CO_FACILITATED");
      for (String competency :
          new String[] {
            "openingStatement",
            "timekeeping",
            "toolUse",
            "handlingAdviceGiving",
            "confidentialityReminder",
            "checkOut"
          }) {
        browser.click("#practicum\\:" + competency + " .ui-chkbox-box");
      }
      int signed = i + 1;
      browser.click("#practicum\\:sign");
      browser
          .wait(Duration.ofSeconds(10))
          .until(
              d ->
                  browser.find("#practicum\\:entries").getText().split("Co-facilitated").length
                      > signed);
    }

    signInAgain(trainee, PASSWORD);
    browser.open("/certification/index.xhtml");
    browser.click("#my\\:checks\\:0\\:apply");
    browser.waitForText("Your application is sent.");
    String application =
        traineeApi.get("/me/certification/applications").json().get(0).path("id").asText();

    signInAgain("coordinator.scotland@demo.academy", Accounts.PASSWORD);
    browser.open("/certification/coordinator/applications.xhtml");
    assertThat(browser.text()).doesNotContain(name);
    browser.open("/certification/coordinator/application.xhtml?id=" + application);
    assertThat(browser.find("h1").getText()).isEqualTo("Page not found");

    signInAgain(Accounts.COORDINATOR, Accounts.PASSWORD);
    browser.open("/certification/coordinator/applications.xhtml");
    browser.type("#queue\\:table input.ui-column-filter", name);
    browser
        .wait(Duration.ofSeconds(10))
        .ignoring(StaleElementReferenceException.class)
        .until(
            d -> {
              var rows = d.findElements(By.cssSelector("#queue\\:table_data tr"));
              return !rows.isEmpty() && rows.stream().allMatch(r -> r.getText().contains(name));
            });
    browser.click("#queue\\:table\\:0\\:open");
    browser.waitForText("Requirements now");
    assertThat(browser.find("#review\\:quizzes").getText()).contains("facilitator-exam");
    browser.type("#review\\:comment", "Well prepared. Welcome.");
    browser.click("#review\\:approve");
    browser.waitForText("certificate");
    assertThat(browser.find("#applicationStatus").getText()).isEqualTo("Approved");
    assertThat(Mailbox.shared().awaitMessage(trainee, "application is approved"))
        .contains("Well prepared. Welcome.");

    signInAgain(trainee, PASSWORD);
    browser.open("/certification/certificates.xhtml");
    assertThat(browser.find("#certs .status-word").getText()).isEqualTo("Active");
    String code = browser.find("#certs .code").getText();
    String href = browser.find("#certs\\:list\\:0\\:pdf").getAttribute("href");
    Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
    HttpResponse<byte[]> pdf =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(href))
                    .header("Cookie", "JSESSIONID=" + session.getValue())
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(pdf.statusCode()).isEqualTo(200);
    String scanned = CertificatePdfs.qrCode(pdf.body());
    assertThat(scanned).isEqualTo(server.url("/verify/" + code.replace("-", "")));
    assertThat(CertificatePdfs.text(pdf.body())).contains(name).contains("Facilitator");
    browser.screenshot("certification-path-certificate");

    browser.driver().manage().deleteAllCookies();
    browser.driver().get(scanned);
    browser.settle();
    assertThat(browser.text()).contains(name).containsIgnoringCase("active");
  }

  /** Signs in as someone else and waits until the sign-in has landed on the home page. */
  private void signInAgain(String email, String password) {
    if (browser.driver().getCurrentUrl().startsWith("http")) {
      browser.driver().manage().deleteAllCookies();
    }
    signIn(email, password);
    browser.wait(Duration.ofSeconds(15)).until(d -> browser.path().startsWith("/me/home"));
  }

  private void kind(String kind) {
    new Select(browser.find("#practicum\\:kind")).selectByValue(kind);
    browser.settle();
  }

  private void observed(String leaderEmail) {
    kind("OBSERVED_MEETING");
    browser.type("#practicum\\:leaderEmail", leaderEmail);
    int before = browser.find("#practicum\\:entries").getText().split("Observed meeting").length;
    browser.click("#practicum\\:sign");
    browser
        .wait(Duration.ofSeconds(10))
        .until(
            d ->
                browser.find("#practicum\\:entries").getText().split("Observed meeting").length
                    > before);
  }
}
