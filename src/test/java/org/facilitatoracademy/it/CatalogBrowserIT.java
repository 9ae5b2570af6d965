package org.facilitatoracademy.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** A trainee studies in the browser. */
class CatalogBrowserIT extends BrowserTest {

  @Test
  void aTraineeEnrolsReadsTwoLessonsInOrderIsRefusedALockedModuleAndSeesProgressMove() {
    String email = Accounts.createTrainee(server, "student", "long quiet evening");
    JsonNode modules = null;
    for (JsonNode c : Api.anonymous(server).get("/courses").json()) {
      if (c.path("id").asText().equals("facilitator")) {
        modules = c.path("modules");
      }
    }
    String lockedLesson = modules.get(1).path("lessons").get(0).path("id").asText();
    int lessons = 0;
    for (JsonNode module : modules) {
      lessons += module.path("lessons").size();
    }
    signIn(email, "long quiet evening");

    browser.open("/catalog/courses.xhtml");
    browser.click("a[href*='course.xhtml?id=facilitator']");
    browser.click("#enrol\\:submit");
    browser.waitForText("You are enrolled in");
    assertThat(browser.find("#courseProgress").getText()).contains("0%");

    browser.click("#continue");
    assertThat(browser.find("#position").getText()).isEqualTo("Lesson 1 of " + lessons);
    assertThat(browser.find("#lessonBody").getText()).isNotBlank();
    browser.click("#lesson\\:markDone");
    browser.waitForText("Lesson marked as done.");
    assertThat(browser.find("#position").getText()).isEqualTo("Lesson 2 of " + lessons);
    browser.click("#lesson\\:markDone");
    assertThat(browser.find("#position").getText()).isEqualTo("Lesson 3 of " + lessons);
    browser.click("#previous");
    assertThat(browser.find("#isDone").getText()).contains("finished this lesson");

    browser.open("/catalog/lesson.xhtml?course=facilitator&id=" + lockedLesson);
    browser.waitForText("This module opens when the module before it is finished.");
    assertThat(browser.exists("#lessonBody")).isFalse();

    browser.open("/catalog/course.xhtml?id=facilitator");
    assertThat(browser.find("#courseProgress").getText()).doesNotContain("0%");
    assertThat(browser.text()).contains("2 of 4 lessons done");
    browser.screenshot("course-progress");

    browser.open("/me/home.xhtml");
    assertThat(browser.find("a.continue").getText()).startsWith("Continue:");
  }

  @Test
  void aHolderStartsTheFinishedRefresherAgainFromItsPage() {
    String email = Accounts.createTrainee(server, "refresh", "long quiet evening");
    CourseCompleter.complete(Api.as(server, email, "long quiet evening"), "renewal-refresher");
    signIn(email, "long quiet evening");

    browser.open("/catalog/course.xhtml?id=renewal-refresher");
    assertThat(browser.find("#courseProgress").getText()).contains("100%");
    assertThat(browser.exists("#round")).isFalse();
    browser.click("#again\\:startAgain");
    browser.waitForText("round 2");

    assertThat(browser.find("#round").getText()).startsWith("Round 2, started on");
    assertThat(browser.find("#courseProgress").getText()).contains("0%");
    assertThat(browser.exists("#again\\:startAgain")).as("offered again once finished").isFalse();

    browser.open("/catalog/course.xhtml?id=facilitator");
    assertThat(browser.exists("#again\\:startAgain")).isFalse();
  }

  @Test
  void anAdministratorReloadsContentFromThePage() {
    signIn(Accounts.ADMIN, Accounts.PASSWORD);
    browser.open("/admin/content.xhtml");
    browser.click("#content\\:reload");
    browser.waitForText("files loaded, no problems");
    assertThat(browser.find("#content\\:loaded").getText()).contains(".quiz.yaml");
  }
}
