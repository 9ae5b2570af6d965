package org.facilitatoracademy.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/** What a coordinator sees first when they sign in, and where its figures lead. */
class CoordinationBrowserIT extends BrowserTest {

  @Test
  void theCoordinatorsHomeOpensOnTheRegionsWorkspace() {
    signIn(Accounts.COORDINATOR, Accounts.PASSWORD);
    browser.find("#workspace");

    List<WebElement> cards = browser.driver().findElements(By.cssSelector("main .card"));
    assertThat(cards.get(0).getAttribute("id")).isEqualTo("workspace");
    assertThat(browser.find("#workspaceHeading").getText()).isEqualTo("Your region at a glance");
    assertThat(browser.find("#workspaceLead").getText())
        .contains("North West")
        .doesNotContain("north-west");
    assertThat(browser.find("#funnel caption").getText()).contains("from enrolment to certificate");
    assertThat(browser.find("#funnel-APPLIED").getText()).isNotBlank();
    assertThat(browser.exists("#regionChoice")).as("only administrators choose a region").isFalse();
    assertThat(browser.text()).doesNotContain("meeting(s)");
  }

  @Test
  void aFunnelFigureLeadsToThePeopleAtThatStep() {
    signIn(Accounts.COORDINATOR, Accounts.PASSWORD);
    int applied = Integer.parseInt(browser.find("#funnel-APPLIED").getText());
    browser.click("#funnel-APPLIED");

    assertThat(browser.path()).startsWith("/coordination/people.xhtml?stage=APPLIED");
    assertThat(browser.find("h1").getText())
        .isEqualTo("People of the region: Applied for a credential");
    String table = browser.find("#people").getText();
    assertThat(table).contains("Jordan P.").doesNotContain("Sam T.").doesNotContain("Robin S.");
    assertThat(browser.driver().findElements(By.cssSelector("#people tbody tr"))).hasSize(applied);
    assertThat(browser.find("#exportProgress").getAttribute("href"))
        .contains("/coordination/export/progress.csv");
  }

  @Test
  void anExpiryFigureLeadsToTheFilteredCertificates() {
    signIn(Accounts.COORDINATOR, Accounts.PASSWORD);
    browser.click("#expiring-30");

    assertThat(browser.path()).startsWith("/certification/coordinator/certificates.xhtml");
    assertThat(browser.find("#certificates\\:expiring_label").getText()).isEqualTo("30 days");
    assertThat(browser.find("#certificates\\:statusShown_label").getText()).isEqualTo("Active");
    String shown = browser.find("#certificates\\:table").getText();
    assertThat(shown).contains("Riley H.").doesNotContain("Avery F.");
  }

  @Test
  void anAdministratorChoosesARegionAndTheWorkspaceFitsAPhone() {
    browser.driver().manage().window().setSize(new Dimension(390, 844));
    signIn(Accounts.ADMIN, Accounts.PASSWORD);
    assertThat(browser.find("#workspaceHeading").getText()).isEqualTo("Every region at a glance");
    new org.openqa.selenium.support.ui.Select(browser.find("#regionChoice"))
        .selectByVisibleText("Scotland");
    browser.click("#regionShow");
    browser
        .wait(Duration.ofSeconds(10))
        .until(d -> browser.find("#workspaceLead").getText().contains("Scotland"));
    assertThat(browser.path()).contains("region=scotland");
    assertThat(browser.exists("#allMeetings"))
        .as("meetings are kept by their region's coordinators")
        .isFalse();
    Object overflow =
        ((JavascriptExecutor) browser.driver())
            .executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
    assertThat(overflow).as("no horizontal scroll at 390 px").isEqualTo(false);
  }
}
