package org.facilitatoracademy.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.facilitatoracademy.catalog.domain.Question;
import org.facilitatoracademy.catalog.domain.Quiz;
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
  void theAttemptPageCarriesOnlyTheIdsOfThisAttemptAndNoAuthoredId() {
    String email = Trainees.withFirstModuleRead(server, "browser-ids", "facilitator");
    JsonNode attempt = Trainees.api(server, email).post("/quizzes/welcome/attempts", "").json();
    Set<String> issued = new HashSet<>();
    attempt.path("questions").findValues("id").forEach(id -> issued.add(id.asText()));
    Set<String> authored = QuizKey.of("welcome").authoredIds();
    signIn(email, Trainees.PASSWORD);
    browser.open("/assessment/attempt.xhtml?attempt=" + attempt.path("attemptId").asText());

    int questions = attempt.path("questions").size();
    for (int slot = 1; slot <= questions; slot++) {
      assertThat(browser.find("#questionHeading").getText()).startsWith("Question " + slot);
      List<String> attributes = attributeValues();
      assertThat(attributes).as("question " + slot).doesNotContainAnyElementsOf(authored);
      List<String> choices = choiceValues();
      assertThat(choices).as("question " + slot).isNotEmpty();
      for (String value : choices) {
        assertThat(value).as("question " + slot).isIn(union(issued, Set.of("true", "false", "")));
      }
      if (slot < questions) {
        browser.click("#quiz\\:next");
      }
    }
  }

  /** Every attribute value of every element of the page. */
  @SuppressWarnings("unchecked")
  private List<String> attributeValues() {
    return (List<String>)
        ((JavascriptExecutor) browser.driver())
            .executeScript(
                "const values = [];"
                    + "for (const e of document.querySelectorAll('*')) {"
                    + "  for (const a of e.attributes) { values.push(a.value); } }"
                    + "return values;");
  }

  /** The values the answer controls send: radio and box values, list options, order items. */
  @SuppressWarnings("unchecked")
  private List<String> choiceValues() {
    return (List<String>)
        ((JavascriptExecutor) browser.driver())
            .executeScript(
                "const values = [];"
                    + "for (const e of document.querySelectorAll('#quiz input[type=radio],"
                    + " #quiz input[type=checkbox], #quiz select option')) {"
                    + "  values.push(e.value); }"
                    + "for (const e of document.querySelectorAll('#quiz [data-item-value]')) {"
                    + "  values.push(e.getAttribute('data-item-value')); }"
                    + "return values;");
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new HashSet<>(a);
    all.addAll(b);
    return all;
  }

  @Test
  void anExamReviewShowsTheResultByAreaAndObjectiveAndNoKey() {
    String email = Accounts.createTrainee(server, "browser-exam-review", Trainees.PASSWORD);
    List<String> examAttempt = new ArrayList<>();
    List<String> objectiveTexts = new ArrayList<>();
    CourseCompleter.complete(
        Trainees.api(server, email),
        "renewal-refresher",
        (started, result) -> {
          if (started.path("quizId").asText().equals("renewal-refresher-exam")) {
            examAttempt.add(started.path("attemptId").asText());
            result.path("objectives").forEach(o -> objectiveTexts.add(o.path("text").asText()));
          }
        });
    assertThat(objectiveTexts).isNotEmpty();
    signIn(email, Trainees.PASSWORD);

    browser.open("/assessment/review.xhtml?attempt=" + examAttempt.get(0));

    assertThat(browser.find("#score").getText()).startsWith("Score: 100.0%");
    assertThat(browser.find("#outcome").getText()).startsWith("Passed");
    assertThat(browser.find("#areasOnly").getText()).contains("by area and objective");
    assertThat(browser.driver().findElements(By.cssSelector("#areas li"))).isNotEmpty();
    assertThat(browser.find("#areas").getText()).contains("100.0%");
    Quiz exam = QuizKey.content().getQuiz("renewal-refresher-exam");
    String objectives = browser.find("#objectives").getText();
    assertThat(objectives).contains(objectiveTexts);
    assertThat(objectives).contains("Met").doesNotContain("To revisit");
    assertThat(browser.driver().findElements(By.cssSelector(".feedback"))).isEmpty();
    assertThat(attributeValues())
        .as("no authored id in the page")
        .doesNotContainAnyElementsOf(QuizKey.of("renewal-refresher-exam").authoredIds());
    String page = browser.text();
    assertThat(page)
        .doesNotContain("Right answer")
        .doesNotContain("Your answer")
        .doesNotContain("Why");
    for (Question q : exam.questions()) {
      assertThat(page)
          .doesNotContain(q.explanation().substring(0, Math.min(40, q.explanation().length())));
    }
    browser.screenshot("exam-review");
    assertFitsAPhone("exam-review-phone");
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
