package org.facilitatoracademy.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

/**
 * The crisis card: reached by keyboard from the course page of the safety module, printed on one A4
 * sheet, and downloaded as a one-page PDF. Until the card is part of the repository's content, a
 * fixture card of the same shape stands in for it in the test server's copy of the content.
 */
class PrintableLessonBrowserIT extends BrowserTest {

  private static final String FIXTURE_CARD = "modules/safety-and-ethics/99-crisis-card.md";
  private static final String COURSE = "renewal-refresher";
  private static final String PASSWORD = "long quiet evening";
  private static boolean fixtureWritten;

  @BeforeAll
  static void theCrisisCardIsInTheContent() throws IOException {
    if (!Api.anonymous(server)
        .get("/courses")
        .json()
        .findValuesAsText("id")
        .contains("crisis-card")) {
      Path card = ContentCopy.file(FIXTURE_CARD);
      try (InputStream in =
          PrintableLessonBrowserIT.class.getResourceAsStream("/printable/06-crisis-card.md")) {
        Files.write(card, in.readAllBytes());
      }
      fixtureWritten = true;
      reload();
    }
  }

  @AfterAll
  static void removeTheFixtureCard() throws IOException {
    if (fixtureWritten) {
      Files.delete(ContentCopy.file(FIXTURE_CARD));
      reload();
    }
  }

  private static void reload() {
    Api.Reply report =
        Api.as(server, Accounts.ADMIN, Accounts.PASSWORD).post("/admin/content/reload", "");
    assertThat(report.status()).isEqualTo(200);
    assertThat(report.json().path("errors")).as(report.body()).isEmpty();
  }

  private String enrolledTrainee(String prefix) {
    String email = Accounts.createTrainee(server, prefix, PASSWORD);
    assertThat(
            Api.as(server, email, PASSWORD)
                .post("/courses/" + COURSE + "/enrollments", "")
                .status())
        .isEqualTo(201);
    return email;
  }

  private static int pages(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return document.getNumberOfPages();
    }
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }

  @Test
  void theCrisisCardIsReachedByKeyboardFromTheSafetyModuleOnTheCoursePage() {
    signIn(enrolledTrainee("keys"), PASSWORD);
    browser.open("/catalog/course.xhtml?id=" + COURSE);
    WebElement module = browser.find("#module-safety-and-ethics");
    assertThat(module.getText()).contains("Crisis card");

    WebElement focused = browser.driver().switchTo().activeElement();
    int tabs = 0;
    while (!String.valueOf(focused.getAttribute("href")).contains("id=crisis-card")) {
      assertThat(++tabs).as("tabs until the crisis card's link has focus").isLessThan(150);
      focused.sendKeys(Keys.TAB);
      focused = browser.driver().switchTo().activeElement();
    }
    focused.sendKeys(Keys.ENTER);

    browser.wait(Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("lesson.xhtml"));
    browser.settle();
    assertThat(browser.find("h1").getText()).isEqualTo("Crisis card");
    assertThat(browser.find("#downloadPdf").getText()).isEqualTo("Download as PDF");
  }

  @Test
  void theCrisisCardPrintsOnOneA4PageWithoutTheSiteAroundIt() throws IOException {
    signIn(enrolledTrainee("print"), PASSWORD);
    browser.open("/catalog/lesson.xhtml?course=" + COURSE + "&id=crisis-card");
    browser.screenshot("crisis-card");
    String lastWords =
        browser.find("#lessonBody").getText().lines().reduce((a, b) -> b).orElseThrow();

    PrintOptions options = new PrintOptions();
    options.setPageSize(new PageSize(29.7, 21.0));
    byte[] printed =
        Base64.getDecoder().decode(((PrintsPage) browser.driver()).print(options).getContent());

    assertThat(pages(printed)).isEqualTo(1);
    assertThat(text(printed))
        .contains("Crisis card")
        .contains(lastWords.replaceAll("\\s+", " ").strip())
        .doesNotContain("Download as PDF")
        .doesNotContain("Mark as done")
        .doesNotContain(browser.find(".site-footer").getText());
  }

  @Test
  void theCrisisCardIsOpenFromTheFirstDayOfACourseWhoseSafetyModuleComesLast() throws Exception {
    // The meeting module links to the card two modules before the safety module opens.
    String email = Accounts.createTrainee(server, "early", PASSWORD);
    Api trainee = Api.as(server, email, PASSWORD);
    assertThat(trainee.post("/courses/facilitator/enrollments", "").status()).isEqualTo(201);

    Api.Download pdf = trainee.download("/lessons/crisis-card/pdf?course=facilitator");
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pages(pdf.body())).isEqualTo(1);
    assertThat(trainee.post("/lessons/crisis-card/completion?course=facilitator", "").status())
        .as("read at any time, but completed in order like every lesson")
        .isEqualTo(422);

    signIn(email, PASSWORD);
    browser.open("/catalog/lesson.xhtml?course=facilitator&id=crisis-card");
    assertThat(browser.find("h1").getText()).isEqualTo("Crisis card");
    browser.open("/catalog/lesson.xhtml?course=facilitator&id=safety-peers-not-therapists");
    assertThat(browser.find("body").getText()).doesNotContain("Peers, not therapists");
  }

  @Test
  void theDownloadedPdfHasExactlyOnePageForThoseWhoMayReadTheCard() throws Exception {
    String email = enrolledTrainee("pdf");
    Api trainee = Api.as(server, email, PASSWORD);

    Api.Download pdf = trainee.download("/lessons/crisis-card/pdf?course=" + COURSE);
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdf.contentType()).isEqualTo("application/pdf");
    assertThat(pages(pdf.body())).isEqualTo(1);
    assertThat(text(pdf.body())).startsWith("Crisis card");

    String otherLesson = null;
    for (JsonNode course : trainee.get("/courses").json()) {
      if (course.path("id").asText().equals(COURSE)) {
        otherLesson = course.path("modules").get(0).path("lessons").get(0).path("id").asText();
      }
    }
    assertThat(otherLesson).isNotEqualTo("crisis-card");
    assertThat(trainee.download("/lessons/" + otherLesson + "/pdf?course=" + COURSE).status())
        .as("a lesson that is not printable has no PDF")
        .isEqualTo(404);
    String stranger = Accounts.createTrainee(server, "stranger", PASSWORD);
    assertThat(
            Api.as(server, stranger, PASSWORD)
                .download("/lessons/crisis-card/pdf?course=" + COURSE)
                .status())
        .as("not enrolled, as for the lesson itself")
        .isEqualTo(403);
    assertThat(Api.anonymous(server).download("/lessons/crisis-card/pdf").status()).isEqualTo(401);

    signIn(email, PASSWORD);
    browser.open("/catalog/lesson.xhtml?course=" + COURSE + "&id=crisis-card");
    String link = browser.find("#downloadPdf").getAttribute("href");
    Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
    HttpResponse<byte[]> fromPage =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(link))
                    .header("Cookie", session.getName() + "=" + session.getValue())
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(fromPage.statusCode()).isEqualTo(200);
    assertThat(pages(fromPage.body())).isEqualTo(1);
    HttpResponse<byte[]> withoutSession =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(link)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(withoutSession.statusCode()).as("sent to sign in").isNotEqualTo(200);
  }
}
