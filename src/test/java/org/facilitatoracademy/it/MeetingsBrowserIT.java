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

    browser.open("/meetings?region=north-west");
    WebElement card =
        browser
            .driver()
            .findElement(
                By.xpath(
                    "//li[contains(@class,'finder-meeting')][.//a[normalize-space()='"
                        + title
                        + "']]"));
    assertThat(card.getText())
        .contains("Bury")
        .contains("Led by a certified leader")
        .doesNotContain("Ava B.");
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
                    true,
                    "conferenceUrl",
                    "https://meet.example.org/rochdale"));
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
    for (String page : List.of("/facilitation/my-meetings.xhtml", "/meetings")) {
      browser.open(page);
      assertThat(horizontalOverflow()).as(page).isLessThanOrEqualTo(0L);
    }
    browser.click("#nav\\:signOut");
    signIn(Accounts.COORDINATOR, Accounts.PASSWORD);
    browser.open("/facilitation/coordinator/meetings.xhtml");
    assertThat(horizontalOverflow()).isLessThanOrEqualTo(0L);
    browser.screenshot("coordinator-meetings-phone");
  }

  @Test
  void aVisitorFiltersTheFinderByDayAndByOnlineWithoutSigningIn() {
    String stamp = Long.toString(System.nanoTime());
    Api coordinator = Api.as(server, Accounts.COORDINATOR, Accounts.PASSWORD);
    Map<String, Object> online =
        MeetingsApiIT.meeting("Finder online " + stamp, "DISCUSSION", "north-west");
    online.put("online", true);
    online.put("conferenceUrl", "https://meet.example.org/finder-" + stamp);
    online.put(
        "schedule", Map.of("weekday", "FRIDAY", "time", "12:00", "timeZone", "Europe/London"));
    assertThat(coordinator.post("/coordinator/meetings", online).status()).isEqualTo(201);
    Map<String, Object> inPerson =
        MeetingsApiIT.meeting("Finder in person " + stamp, "FOUR_POINT", "north-west");
    inPerson.put(
        "schedule", Map.of("weekday", "FRIDAY", "time", "19:00", "timeZone", "Europe/London"));
    assertThat(coordinator.post("/coordinator/meetings", inPerson).status()).isEqualTo(201);
    String tuesday = "Finder Tuesday " + stamp;
    assertThat(
            coordinator
                .post(
                    "/coordinator/meetings",
                    MeetingsApiIT.meeting(tuesday, "FOUR_POINT", "north-west"))
                .status())
        .isEqualTo(201);

    browser.open("/meetings");
    new Select(browser.find("#day")).selectByValue("FRIDAY");
    browser.click("#find");
    browser.wait(Duration.ofSeconds(10)).until(d -> browser.path().startsWith("/meetings?"));
    assertThat(browser.find("#results").getText())
        .contains("Finder online " + stamp, "Finder in person " + stamp)
        .doesNotContain(tuesday);
    assertThat(new Select(browser.find("#day")).getFirstSelectedOption().getAttribute("value"))
        .isEqualTo("FRIDAY");

    new Select(browser.find("#attendance")).selectByValue("online");
    browser.click("#find");
    browser
        .wait(Duration.ofSeconds(10))
        .until(d -> !browser.find("#results").getText().contains("Finder in person " + stamp));
    assertThat(browser.find("#results").getText()).contains("Finder online " + stamp);
    assertThat(browser.driver().getCurrentUrl())
        .contains("day=FRIDAY")
        .contains("attendance=online");
    assertThat(browser.driver().manage().getCookieNamed("JSESSIONID"))
        .as("a visitor opens no session")
        .isNull();
    browser.screenshot("meeting-finder");
  }

  @Test
  void aMeetingPageShowsHowToJoinAndItsAddToCalendarLinkGivesTheIcs() throws Exception {
    String stamp = Long.toString(System.nanoTime());
    Map<String, Object> online =
        MeetingsApiIT.meeting("Page online " + stamp, "DISCUSSION", "north-west");
    online.put("online", true);
    online.put("conferenceUrl", "https://meet.example.org/page-" + stamp);
    Api.Reply created =
        Api.as(server, Accounts.COORDINATOR, Accounts.PASSWORD)
            .post("/coordinator/meetings", online);
    String id = created.json().path("id").asText();

    browser.open("/meetings");
    browser.driver().findElement(By.linkText("Page online " + stamp)).click();
    browser.wait(Duration.ofSeconds(10)).until(d -> browser.path().equals("/meetings/" + id));
    assertThat(browser.find("#joinLink").getAttribute("href"))
        .isEqualTo("https://meet.example.org/page-" + stamp);
    assertThat(browser.find("#occurrences").getText()).contains("19:00");

    new Select(browser.find("#tz")).selectByValue("America/New_York");
    browser.click("#showZone");
    browser
        .wait(Duration.ofSeconds(10))
        .until(d -> browser.find("#occurrences").getText().contains("America/New_York"));
    assertThat(browser.find("#occurrences").getText()).contains("19:00").contains("14:00");

    String href = browser.find("#addToCalendar").getAttribute("href");
    java.net.http.HttpResponse<String> ics =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(href)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(ics.statusCode()).isEqualTo(200);
    assertThat(ics.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
    assertThat(ics.body())
        .startsWith("BEGIN:VCALENDAR")
        .contains("SUMMARY:Page online " + stamp, "RRULE:FREQ=WEEKLY;BYDAY=TU");
  }

  @Test
  void aCoordinatorCancelsOneEveningAndTheFinderThePageAndTheirListShowIt() {
    String title = "Cancel one " + System.nanoTime();
    Api.Reply created =
        Api.as(server, Accounts.COORDINATOR, Accounts.PASSWORD)
            .post(
                "/coordinator/meetings", MeetingsApiIT.meeting(title, "FOUR_POINT", "north-west"));
    String id = created.json().path("id").asText();

    signIn(Accounts.COORDINATOR, Accounts.PASSWORD);
    browser.open("/facilitation/coordinator/meeting.xhtml?id=" + id);
    Select day = new Select(browser.find("#meeting\\:cancelDate"));
    String date = day.getOptions().get(1).getAttribute("value");
    day.selectByValue(date);
    browser.type("#meeting\\:cancelNote", "Hall booked for a wedding");
    browser.click("#meeting\\:cancelOccurrence");
    browser.waitForText("That day is cancelled");
    assertThat(browser.find("#cancellations").getText()).contains("Hall booked for a wedding");

    browser.open("/facilitation/coordinator/meetings.xhtml");
    assertThat(browser.find("#meetings\\:table").getText()).contains("Not meeting on");

    browser.open("/meetings/" + id);
    WebElement cancelled =
        browser.driver().findElement(By.cssSelector("#occurrences tr[data-date='" + date + "']"));
    assertThat(cancelled.getText()).contains("Not meeting this time", "Hall booked for a wedding");
  }

  private Long horizontalOverflow() {
    return (Long)
        ((JavascriptExecutor) browser.driver())
            .executeScript(
                "return document.documentElement.scrollWidth"
                    + " - document.documentElement.clientWidth;");
  }
}
