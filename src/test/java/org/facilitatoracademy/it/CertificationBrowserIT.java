package org.facilitatoracademy.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.Select;

/** What trainees, mentors, coordinators and administrators do on the certification pages. */
class CertificationBrowserIT extends BrowserTest {

  private static final String PASSWORD = "long quiet evening";

  private static String certifiedTrainee(String prefix, LocalDate issuedOn) {
    String email = Accounts.createTrainee(server, prefix, PASSWORD);
    Api.Reply report =
        Api.as(server, Accounts.ADMIN, Accounts.PASSWORD)
            .post(
                "/admin/certificates/import",
                "text/csv",
                email
                    + ",Page P.,north-west,FACILITATOR,"
                    + issuedOn
                    + ","
                    + issuedOn.plusYears(2)
                    + "\n");
    assertThat(report.json().path("imported").asInt()).as(report.body()).isEqualTo(1);
    return email;
  }

  /** Signs in afresh and waits until the sign-in has landed on the home page. */
  private void signInAs(String email, String password) {
    if (browser.driver().getCurrentUrl().startsWith("http")) {
      browser.driver().manage().deleteAllCookies();
    }
    signIn(email, password);
    browser.wait(Duration.ofSeconds(15)).until(d -> browser.path().startsWith("/me/home"));
  }

  /** Fetches a link of the page with the browser's session, as a download would. */
  private byte[] download(String href) throws IOException, InterruptedException {
    Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
    HttpResponse<byte[]> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(href))
                    .header("Cookie", "JSESSIONID=" + session.getValue())
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).contains("application/pdf");
    return response.body();
  }

  @Test
  void aTraineeAcceptsTheAgreementsAndSeesTheChecklistOnTheHomePage() {
    String email = Accounts.createTrainee(server, "checklist", PASSWORD);
    signInAs(email, PASSWORD);

    assertThat(browser.find("#home-checklist-FACILITATOR").getText())
        .contains("Enrol in the Facilitator course")
        .contains("Observe meetings led by different people (0 of 2)")
        .contains("Accept the code of conduct");

    browser.open("/certification/index.xhtml");
    browser.click("#my\\:agreements\\:0\\:accept");
    browser.waitForText("Thank you: you accepted the");
    browser.click("#my\\:agreements\\:1\\:accept");
    browser.waitForText("Accepted on");
    assertThat(browser.exists("#my\\:checks\\:0\\:apply")).isFalse();

    browser.open("/me/home.xhtml");
    assertThat(
            browser
                .driver()
                .findElements(
                    org.openqa.selenium.By.cssSelector("#home-checklist-FACILITATOR li.met"))
                .stream()
                .map(org.openqa.selenium.WebElement::getText)
                .toList())
        .anyMatch(t -> t.contains("Accept the code of conduct"))
        .anyMatch(t -> t.contains("Accept the confidentiality agreement"));
  }

  @Test
  void aCertifiedMentorSignsPracticumOnThePageAndTheTraineeSeesItCount() {
    String trainee = Accounts.createTrainee(server, "signed", PASSWORD);
    signInAs("mentor@demo.academy", Accounts.PASSWORD);
    browser.open("/certification/mentor/practicum.xhtml");
    browser.type("#practicum\\:traineeEmail", trainee).click("#practicum\\:find");
    browser.waitForText("Practicum of Test T.");

    browser.type("#practicum\\:leaderEmail", Accounts.COORDINATOR);
    browser.click("#practicum\\:sign");
    browser.waitForText("Signed: Observed meeting");

    new Select(browser.find("#practicum\\:kind")).selectByValue("CO_FACILITATED");
    browser
        .wait(Duration.ofSeconds(10))
        .until(d -> browser.exists("#practicum\\:openingStatement"));
    for (String competency :
        new String[] {
          "openingStatement",
          "timekeeping",
          "toolUse",
          "handlingAdviceGiving",
          "confidentialityReminder"
        }) {
      browser.click("#practicum\\:" + competency + " .ui-chkbox-box");
    }
    browser.type("#practicum\\:note", "Opened calmly; needs to keep the check-out to time.");
    browser.click("#practicum\\:sign");
    browser.waitForText("Signed: Co-facilitated meeting");
    assertThat(browser.find("#practicum\\:entries").getText()).contains("Check-out");

    signInAs(trainee, PASSWORD);
    assertThat(browser.find("#home-checklist-FACILITATOR").getText())
        .contains("Observe meetings led by different people (1 of 2)")
        .contains("Co-facilitate meetings with every competency shown (0 of 2)");
  }

  @Test
  void theHolderDownloadsThePdfFromMyCertificatesAndItsQrCodeLeadsToVerification()
      throws Exception {
    String holder = certifiedTrainee("pdf-page", LocalDate.now().minusMonths(2));
    signInAs(holder, PASSWORD);
    browser.open("/certification/certificates.xhtml");
    String code = browser.find("#certs .code").getText();
    String href = browser.find("#certs\\:list\\:0\\:pdf").getAttribute("href");

    byte[] pdf = download(href);

    assertThat(CertificatePdfs.qrCode(pdf))
        .isEqualTo(server.url("/verify/" + code.replace("-", "")));
    assertThat(CertificatePdfs.text(pdf)).contains("Page P.");
  }

  @Test
  void theHolderAppealsASuspensionFromThePage() {
    String holder = certifiedTrainee("appeal-page", LocalDate.now().minusMonths(2));
    Api holderApi = Api.as(server, holder, PASSWORD);
    String id = holderApi.get("/me/certificates").json().get(0).path("id").asText();
    Api.Reply suspended =
        Api.as(server, Accounts.COORDINATOR, Accounts.PASSWORD)
            .post(
                "/coordinator/certificates/" + id + "/status",
                Map.of("status", "SUSPENDED", "reason", "Reviewing a concern."));
    assertThat(suspended.status()).as(suspended.body()).isEqualTo(200);

    signInAs(holder, PASSWORD);
    browser.open("/certification/certificates.xhtml");
    assertThat(browser.exists("#certs\\:appealText")).isFalse();
    browser.click("#certs\\:list\\:0\\:appeal");
    browser.wait(Duration.ofSeconds(10)).until(d -> browser.exists("#certs\\:appealText"));
    browser.type("#certs\\:appealText", "The concern was about another volunteer.");
    browser.click("#certs\\:sendAppeal");
    browser.waitForText("Your appeal is sent.");

    assertThat(browser.exists("#certs\\:appealText")).as("the form closes once sent").isFalse();
    JsonNode appeals = holderApi.get("/me/certification/appeals").json();
    assertThat(appeals).hasSize(1);
    assertThat(appeals.get(0).path("subjectId").asText()).isEqualTo(id);
    assertThat(appeals.get(0).path("text").asText())
        .isEqualTo("The concern was about another volunteer.");
  }

  @Test
  void aCoordinatorFindsACertificateByNumberWithTheFilterBar() {
    String holder = certifiedTrainee("filter-page", LocalDate.now().minusMonths(3));
    String number =
        Api.as(server, holder, PASSWORD)
            .get("/me/certificates")
            .json()
            .get(0)
            .path("number")
            .asText();
    signInAs(Accounts.COORDINATOR, Accounts.PASSWORD);
    browser.open("/certification/coordinator/certificates.xhtml");

    new Select(browser.find("#certificates\\:statusShown_input")).selectByValue("ACTIVE");
    browser.type("#certificates\\:search", number.toLowerCase());
    browser.click("#certificates\\:applyFilter");

    browser
        .wait(Duration.ofSeconds(10))
        .ignoring(StaleElementReferenceException.class)
        .until(
            d -> {
              var rows = d.findElements(By.cssSelector("#certificates\\:table_data tr"));
              return rows.size() == 1 && rows.get(0).getText().contains(number);
            });
    assertThat(browser.find("label[for='certificates:search']").getText())
        .isEqualTo("Number or name contains");
  }

  @Test
  void aCoordinatorGoesFromTheHomePageToTheCertificatesExpiringSoon() {
    String soon = Accounts.createTrainee(server, "expiring-soon", PASSWORD);
    Api.Reply report =
        Api.as(server, Accounts.ADMIN, Accounts.PASSWORD)
            .post(
                "/admin/certificates/import",
                "text/csv",
                soon
                    + ",Soon S.,north-west,FACILITATOR,"
                    + LocalDate.now().minusMonths(23)
                    + ","
                    + LocalDate.now().plusDays(1)
                    + "\n");
    assertThat(report.json().path("imported").asInt()).as(report.body()).isEqualTo(1);
    String number =
        Api.as(server, soon, PASSWORD)
            .get("/me/certificates")
            .json()
            .get(0)
            .path("number")
            .asText();
    signInAs(Accounts.COORDINATOR, Accounts.PASSWORD);

    assertThat(browser.find("#allApplications").getText()).isEqualTo("All applications");
    assertThat(browser.find("#expiring-90").getText()).endsWith("certificates");
    browser.click("#expiring-90");

    assertThat(browser.find("#certificates\\:table").getText()).contains(number);
    assertThat(browser.find("#certificates\\:expiring_label").getText()).isEqualTo("90 days");
    assertThat(browser.find("#certificates\\:statusShown_label").getText()).isEqualTo("Active");
  }

  @Test
  void theHolderTakesLeaveAndComesBackOnThePage() {
    String holder = certifiedTrainee("leave-page", LocalDate.now().minusMonths(2));
    signInAs(holder, PASSWORD);
    browser.open("/certification/certificates.xhtml");
    browser.click("#certs\\:list\\:0\\:leave");
    browser.waitForText("inactive while you are on leave");
    assertThat(browser.find("#certs .status-word").getText()).isEqualTo("Inactive");
    browser.click("#certs\\:list\\:0\\:return");
    browser.waitForText("Welcome back");
    assertThat(browser.find("#certs .status-word").getText()).isEqualTo("Active");
  }

  @Test
  void aCoordinatorSuspendsACertificateOfTheRegionWhichAnotherRegionNeverSees() {
    String holder = certifiedTrainee("suspend-page", LocalDate.now());
    String number =
        Api.as(server, holder, PASSWORD)
            .get("/me/certificates")
            .json()
            .get(0)
            .path("number")
            .asText();
    signInAs(Accounts.COORDINATOR, Accounts.PASSWORD);
    browser.open("/certification/coordinator/certificates.xhtml");
    assertThat(browser.find("#certificates\\:table").getText()).contains(number);

    browser.click("#certificates\\:table\\:0\\:change");
    browser.wait(Duration.ofSeconds(10)).until(d -> browser.find("#statusDialog").isDisplayed());
    assertThat(browser.find("#statusForm\\:which").getText()).contains(number);
    new Select(browser.find("#statusForm\\:newStatus")).selectByValue("SUSPENDED");
    browser.type("#statusForm\\:reason", "A concern was raised; reviewing.");
    browser.click("#statusForm\\:save");
    browser.waitForText(number + " is now Suspended");
    assertThat(Mailbox.shared().awaitMessage(holder, "is suspended"))
        .doesNotContain("A concern was raised");

    browser.click("#certificates\\:table\\:0\\:reasons");
    browser.wait(Duration.ofSeconds(10)).until(d -> browser.find("#reasonsDialog").isDisplayed());
    assertThat(browser.find("#reasonsForm\\:reasonList").getText())
        .contains("A concern was raised");

    signInAs("coordinator.scotland@demo.academy", Accounts.PASSWORD);
    browser.open("/certification/coordinator/certificates.xhtml");
    assertThat(browser.text()).doesNotContain(number);
  }

  @Test
  void anAdministratorImportsOnThePageAndReadsTheRefusedLines() {
    String email = Accounts.uniqueEmail("page-import");
    signInAs(Accounts.ADMIN, Accounts.PASSWORD);
    browser.open("/certification/admin/import.xhtml");
    browser.type(
        "#import\\:text",
        email
            + ",Imported I.,scotland,HOST,2025-05-01,2027-05-01\n"
            + "someone@example.org,Bad B.,scotland,PILOT,2025-05-01,2027-05-01");
    browser.click("#import\\:submit");
    browser.waitForText("1 certificates imported.");
    assertThat(browser.find("#import\\:errors").getText())
        .contains("2")
        .contains("credential 'PILOT' is not FACILITATOR or HOST");
    assertThat(Mailbox.shared().awaitMessage(email, "certificate is now on Facilitator Academy"))
        .contains("forgot-password");
  }

  @Test
  void anApplicationOfNoRegionOfTheCoordinatorIsAPageThatDoesNotExist() {
    signInAs("coordinator.scotland@demo.academy", Accounts.PASSWORD);
    browser.open("/certification/coordinator/application.xhtml?id=no-such-application");
    assertThat(browser.find("h1").getText()).isEqualTo("Page not found");
  }

  @Test
  void theCertificationPagesFitAPhoneScreen() {
    String holder = certifiedTrainee("phone", LocalDate.now().minusMonths(1));
    browser.driver().manage().window().setSize(new Dimension(390, 844));
    signInAs(holder, PASSWORD);
    for (String page :
        new String[] {
          "/me/home.xhtml", "/certification/index.xhtml", "/certification/certificates.xhtml"
        }) {
      browser.open(page);
      Long overflow =
          (Long)
              ((JavascriptExecutor) browser.driver())
                  .executeScript(
                      "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
      assertThat(overflow).as(page).isLessThanOrEqualTo(0L);
    }
    browser.screenshot("certificates-phone");
  }
}
