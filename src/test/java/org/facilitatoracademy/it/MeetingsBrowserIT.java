package org.facilitatoracademy.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.facilitatoracademy.it.Credentialed.Person;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** Coordinators keep meetings and assign leaders on pages; anyone reads the public list. */
class MeetingsBrowserIT extends BrowserTest {

  private void openAssignDialogFor(String title) {
    browser
        .driver()
        .findElement(
            By.xpath(
                "//tr[.//a[normalize-space()='" + title + "']]//button[contains(@id,'assign')]"))
        .click();
    browser.settle();
    browser.wait(Duration.ofSeconds(10)).until(d -> browser.find("#assignDialog").isDisplayed());
  }

  private List<String> offeredLeaders() {
    return new Select(browser.find("#assignForm\\:leader"))
        .getOptions().stream().map(o -> o.getAttribute("value")).toList();
  }

  @Test
  void aCoordinatorCreatesAMeetingAndAssignsALeaderFromTheDialogWhichOffersOnlyEligiblePeople() {
    Person facilitator = Credentialed.active(server, "FACILITATOR", "Ava B.");
    Person trainee = Credentialed.trainee(server, "north-west", "Tom T.");
    Person suspended = Credentialed.withStatus(server, "FACILITATOR", "SUSPENDED", "Sal S.");
    Person host = Credentialed.active(server, "HOST", "Hugo H.");
    String title = "Bury Monday " + System.nanoTime();

    signIn(Accounts.COORDINATOR, Accounts.PASSWORD);
    browser.open("/facilitation/coordinator/meetings.xhtml");
    browser.type("#create\\:title", title).type("#create\\:city", "Bury");
    browser.click("#create\\:submit");
    browser.waitForText("is created. It needs a leader.");

    browser.find("#meetings\\:needsLeader .ui-chkbox-box").click();
    browser.settle();
    assertThat(browser.find("#meetings\\:table").getText())
        .contains(title)
        .contains("Needs a leader");

    openAssignDialogFor(title);
    assertThat(offeredLeaders())
        .contains(facilitator.id())
        .doesNotContain(trainee.id(), suspended.id(), host.id());

    browser.click("#assignForm\\:submit");
    assertThat(browser.find("#assignForm\\:leaderMessage").getText()).contains("Required");
    assertThat(browser.find("#assignDialog").isDisplayed()).isTrue();

    new Select(browser.find("#assignForm\\:leader")).selectByValue(facilitator.id());
    browser.click("#assignForm\\:submit");
    browser.waitForText("Ava B. now leads \"" + title + "\".");
    browser.wait(Duration.ofSeconds(10)).until(d -> !browser.find("#assignDialog").isDisplayed());
    assertThat(browser.find("#meetings\\:table").getText()).doesNotContain(title);
    browser.screenshot("coordinator-meetings");

    browser.open("/facilitation/meetings.xhtml?region=north-west");
    WebElement row =
        browser.driver().findElement(By.xpath("//tr[td[contains(., '" + title + "')]]"));
    assertThat(row.getText()).contains("Bury").contains("Yes").doesNotContain("Ava B.");
  }

  @Test
  void aRefusalShowsItsReasonInTheDialog() {
    Person host = Credentialed.active(server, "HOST", "Hedda H.");
    String title = "Rochdale discussion " + System.nanoTime();
    Api.Reply created =
        Api.as(server, Accounts.COORDINATOR, Accounts.PASSWORD)
            .post(
                "/coordinator/meetings",
                Map.of(
                    "title",
                    title,
                    "kind",
                    "DISCUSSION",
                    "schedule",
                    Map.of("weekday", "FRIDAY", "time", "18:00", "timeZone", "Europe/London"),
                    "online",
                    true));
    assertThat(created.status()).as(created.body()).isEqualTo(201);

    signIn(Accounts.COORDINATOR, Accounts.PASSWORD);
    browser.open("/facilitation/coordinator/meetings.xhtml");
    openAssignDialogFor(title);
    new Select(browser.find("#assignForm\\:leader")).selectByValue(host.id());
    new Select(browser.find("#assignForm\\:mentor")).selectByIndex(0);
    browser.click("#assignForm\\:submit");

    assertThat(browser.find("#assignForm\\:leaderMessage").getText())
        .contains("A host leads only under a mentor");
    assertThat(browser.find("#assignDialog").isDisplayed()).isTrue();
  }

  @Test
  void aCoordinatorSeesAMeetingWithItsHistoryAndAnotherRegionsCoordinatorDoesNot() {
    Person facilitator = Credentialed.active(server, "FACILITATOR", "Hist H.");
    Api coordinator = Api.as(server, Accounts.COORDINATOR, Accounts.PASSWORD);
    Api.Reply created =
        coordinator.post(
            "/coordinator/meetings",
            MeetingsApiIT.meeting("Leigh " + System.nanoTime(), "FOUR_POINT", "north-west"));
    String meetingId = created.json().path("id").asText();
    assertThat(
            coordinator
                .put(
                    "/coordinator/meetings/" + meetingId + "/leader",
                    Map.of("accountId", facilitator.id()))
                .status())
        .isEqualTo(200);

    signIn(Accounts.COORDINATOR, Accounts.PASSWORD);
    browser.open("/facilitation/coordinator/meeting.xhtml?id=" + meetingId);
    assertThat(browser.find("#leader").getText()).contains("Hist H.");
    assertThat(browser.find("#meeting\\:history").getText()).contains("Hist H.").contains("Leader");
    browser.click("#meeting\\:removeLeader");
    browser.waitForText("the meeting needs a leader");
    assertThat(browser.find("#meeting\\:history").getText()).contains("Taken off by a coordinator");

    browser.click("#nav\\:signOut");
    signIn("coordinator.scotland@demo.academy", Accounts.PASSWORD);
    browser.open("/facilitation/coordinator/meeting.xhtml?id=" + meetingId);
    assertThat(browser.text()).doesNotContain("Hist H.");
  }

  @Test
  void aLeaderSeesMyMeetingsAndThePagesFitAPhone() {
    signIn("mentor@demo.academy", Accounts.PASSWORD);
    browser.open("/facilitation/my-meetings.xhtml");
    assertThat(browser.text()).contains("Manchester Monday 4-Point").contains("You lead it");

    browser.driver().manage().window().setSize(new Dimension(390, 844));
    for (String page : List.of("/facilitation/my-meetings.xhtml", "/facilitation/meetings.xhtml")) {
      browser.open(page);
      assertThat(horizontalOverflow()).as(page).isLessThanOrEqualTo(0L);
    }
    browser.click("#nav\\:signOut");
    signIn(Accounts.COORDINATOR, Accounts.PASSWORD);
    browser.open("/facilitation/coordinator/meetings.xhtml");
    assertThat(horizontalOverflow()).isLessThanOrEqualTo(0L);
    browser.screenshot("coordinator-meetings-phone");
  }

  private Long horizontalOverflow() {
    return (Long)
        ((JavascriptExecutor) browser.driver())
            .executeScript(
                "return document.documentElement.scrollWidth"
                    + " - document.documentElement.clientWidth;");
  }
}
