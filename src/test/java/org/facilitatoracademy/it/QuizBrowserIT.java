package org.facilitatoracademy.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/** A trainee takes a module quiz in the browser. */
class QuizBrowserIT extends BrowserTest {

  private static final String QUIZ_PAGE = "/assessment/quiz.xhtml?quiz=welcome&course=facilitator";

  @Test
  void aTraineeSeesTheTimerLeavesComesBackToTheSameQuestionsSubmitsAndReadsTheFeedback() {
    String email = Trainees.withFirstModuleRead(server, "browser-quiz", "facilitator");
    signIn(email, Trainees.PASSWORD);

    browser.open(QUIZ_PAGE);
    assertThat(browser.find("#rules").getText()).contains("Pass mark: 80%").contains("20 minutes");
    assertThat(browser.find("#attemptsLeft").getText()).contains("3");
    browser.click("#start\\:submit");

    assertThat(browser.path()).startsWith("/assessment/attempt.xhtml");
    browser
        .wait(Duration.ofSeconds(5))
        .until(d -> browser.find("#timer").getText().matches("\\d\\d:\\d\\d"));
    assertThat(browser.find("#timer").getText()).matches("(19|20):\\d\\d");
    assertThat(browser.find("#questionHeading").getText()).startsWith("Question 1 of 10");
    String firstQuestion = browser.find("#questionText").getText();
    String attemptUrl = browser.path();

    answerTheQuestionShown();
    browser.waitForText("Saved at");
    assertFitsAPhone("quiz-attempt-phone");
    assertThat(browser.find("#quiz\\:slots\\:0\\:goto").getAttribute("class")).contains("answered");
    browser.click("#quiz\\:next");
    String secondQuestion = browser.find("#questionText").getText();
    assertThat(secondQuestion).isNotEqualTo(firstQuestion);

    browser.open("/me/home.xhtml");
    assertThat(browser.find("#quizzesCard").getText()).contains("In progress");
    browser.open(QUIZ_PAGE);
    assertThat(browser.find("#start\\:submit").getText()).isEqualTo("Continue your attempt");
    browser.click("#start\\:submit");

    assertThat(browser.path()).isEqualTo(attemptUrl);
    assertThat(browser.find("#resumed").getText()).contains("continues where you left it");
    assertThat(browser.find("#questionHeading").getText())
        .as("it opens at the first unanswered question")
        .startsWith("Question 2 of 10");
    assertThat(browser.find("#questionText").getText()).isEqualTo(secondQuestion);
    browser.click("#quiz\\:slots\\:0\\:goto");
    assertThat(browser.find("#questionText").getText()).isEqualTo(firstQuestion);
    assertThat(browser.find("#quiz\\:slots\\:0\\:goto").getAttribute("class")).contains("answered");

    browser.click("#quiz\\:submit");
    browser
        .wait(Duration.ofSeconds(5))
        .until(d -> browser.find("#quiz\\:confirmYes").isDisplayed());
    assertThat(browser.find("#quiz\\:confirmText").getText()).contains("1 of 10");
    browser.click("#quiz\\:confirmYes");

    assertThat(browser.path()).startsWith("/assessment/review.xhtml");
    assertThat(browser.find("#score").getText()).startsWith("Score:");
    assertThat(browser.find("#outcome").getText()).contains("Not passed");
    assertThat(browser.driver().findElements(By.cssSelector(".feedback"))).hasSize(10);
    assertThat(browser.find("#feedback-1").getText())
        .contains(firstQuestion)
        .contains("Your answer")
        .contains("Right answer")
        .contains("Why");
    assertThat(browser.find("#feedback-2 .your-answer").getText()).isEqualTo("No answer");
    assertThat(browser.find("#feedback-2 .explanation").getText()).isNotBlank();
    browser.screenshot("quiz-feedback");
    assertFitsAPhone("quiz-feedback-phone");
  }

  @Test
  void aTraineeWhoFailsMaxAttemptsTimesSeesTheLockAndItsEndDate() {
    String email = Trainees.withFirstModuleRead(server, "browser-lock", "facilitator");
    Api me = Trainees.api(server, email);
    for (int i = 0; i < 2; i++) {
      String id = me.post("/quizzes/welcome/attempts", "").json().path("attemptId").asText();
      me.post("/attempts/" + id + "/submission", "");
    }
    signIn(email, Trainees.PASSWORD);

    browser.open(QUIZ_PAGE);
    assertThat(browser.find("#attemptsLeft").getText()).contains("1");
    browser.click("#start\\:submit");
    browser.click("#quiz\\:submit");
    browser
        .wait(Duration.ofSeconds(5))
        .until(d -> browser.find("#quiz\\:confirmYes").isDisplayed());
    browser.click("#quiz\\:confirmYes");
    assertThat(browser.find("#outcome").getText()).contains("Not passed");

    browser.open(QUIZ_PAGE);
    JsonNode last = me.get("/me/attempts").json().get(0);
    Instant until = Instant.parse(last.path("finishedAt").asText()).plus(Duration.ofDays(7));
    String expected =
        DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC)
            .format(until);
    assertThat(browser.find("#lock").getText())
        .contains("You have used your attempts")
        .contains(expected);
    assertThat(browser.exists("#start\\:submit")).isFalse();
    assertThat(browser.driver().findElements(By.cssSelector("#history tbody tr"))).hasSize(3);
    browser.screenshot("quiz-locked");
  }

  @Test
  void aCoordinatorReadsItemAnalysisWithChartsPerItemAndPerArea() {
    signIn(Accounts.COORDINATOR, Accounts.PASSWORD);
    browser.open("/assessment/coordinator/statistics.xhtml");
    new Select(browser.find("#quizChoice")).selectByValue("welcome");
    browser.click("#choose button");

    assertThat(browser.path()).contains("quiz=welcome");
    assertThat(browser.find("#summary").getText()).contains("Graded attempts:");
    assertThat(browser.exists("#itemsChart canvas")).isTrue();
    assertThat(browser.exists("#areasChart canvas")).isTrue();
    assertThat(browser.find("#areas").getText()).contains("program");
    assertThat(browser.find("#items").getText()).contains("(key)");
    assertThat(browser.exists("#actions\\:csv")).isTrue();

    browser.click("#actions\\:regrade");
    browser
        .wait(Duration.ofSeconds(5))
        .until(d -> browser.find("#actions\\:regradeYes").isDisplayed());
    browser.click("#actions\\:regradeYes");
    assertThat(browser.find("#regradeDone").getText())
        .as("no key changed, so nothing is regraded")
        .contains("0 regraded");
    assertFitsAPhone("statistics-phone");
  }

  @Test
  void aTraineeCannotOpenItemAnalysis() {
    String email = Accounts.createTrainee(server, "no-stats", Trainees.PASSWORD);
    signIn(email, Trainees.PASSWORD);
    browser.open("/assessment/coordinator/statistics.xhtml?quiz=welcome");
    assertThat(browser.exists("#summary")).isFalse();
  }

  /** At 390 pixels wide the page scrolls only downwards. */
  private void assertFitsAPhone(String screenshot) {
    Dimension wide = browser.driver().manage().window().getSize();
    browser.driver().manage().window().setSize(new Dimension(390, 844));
    try {
      Object overflow =
          ((JavascriptExecutor) browser.driver())
              .executeScript(
                  "return document.documentElement.scrollWidth"
                      + " - document.documentElement.clientWidth;");
      browser.screenshot(screenshot);
      assertThat(((Number) overflow).intValue())
          .as("horizontal overflow in pixels")
          .isLessThanOrEqualTo(0);
    } finally {
      browser.driver().manage().window().setSize(wide);
    }
  }

  /** Gives some answer to whatever type of question is on the page. */
  private void answerTheQuestionShown() {
    if (browser.exists("#quiz\\:single")) {
      browser.click("#quiz\\:single .ui-radiobutton-box");
    } else if (browser.exists("#quiz\\:trueFalse")) {
      browser.click("#quiz\\:trueFalse .ui-radiobutton-box");
    } else if (browser.exists("#quiz\\:multiple")) {
      browser.click("#quiz\\:multiple .ui-chkbox-box");
    } else if (browser.exists("#quiz\\:keepOrder")) {
      browser.click("#quiz\\:keepOrder");
    } else {
      new Select(browser.find(".match-row select")).selectByIndex(1);
      browser.settle();
    }
  }
}
