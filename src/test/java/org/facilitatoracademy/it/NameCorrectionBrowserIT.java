package org.facilitatoracademy.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;

/** A coordinator corrects the name on a certificate in the dialog of the certificates page. */
class NameCorrectionBrowserIT extends BrowserTest {

  private long overflow() {
    return (Long)
        ((JavascriptExecutor) browser.driver())
            .executeScript(
                "return document.documentElement.scrollWidth"
                    + " - document.documentElement.clientWidth;");
  }

  private String focusedId() {
    return browser.driver().switchTo().activeElement().getAttribute("id");
  }

  /** The CSS selector of a button in the table row of this certificate. */
  private String inRowOf(String number, String button) {
    String id =
        browser
            .driver()
            .findElement(
                By.xpath(
                    "//tbody[@id='certificates:table_data']/tr[contains(., '"
                        + number
                        + "')]//button[substring(@id, string-length(@id) - "
                        + button.length()
                        + ")=':"
                        + button
                        + "']"))
            .getAttribute("id");
    return "#" + id.replace(":", "\\:");
  }

  @Test
  void aCoordinatorCorrectsTheNameWithTheKeyboardOnAPhoneAndReadsItAmongTheReasons() {
    // Issued today, so that it is listed on the first page, which shows the newest first.
    Credentialed.Person holder = Credentialed.trainee(server, "north-west", "Tes T.");
    LocalDate today = LocalDate.now();
    Credentialed.importCertificate(
        server, holder, "north-west", "FACILITATOR", today, today.plusYears(2));
    String number =
        holder.api(server).get("/me/certificates").json().get(0).path("number").asText();
    String name = "Tess " + Long.toString(System.nanoTime(), 36).toUpperCase() + ".";
    browser.driver().manage().window().setSize(new Dimension(390, 844));
    signIn(Accounts.COORDINATOR, Accounts.PASSWORD);
    browser.wait(Duration.ofSeconds(15)).until(d -> browser.path().startsWith("/me/home"));
    browser.open("/certification/coordinator/certificates.xhtml");
    assertThat(overflow()).isLessThanOrEqualTo(0L);

    browser.click(inRowOf(number, "correctName"));
    browser.wait(Duration.ofSeconds(10)).until(d -> browser.find("#nameDialog").isDisplayed());
    assertThat(browser.find("#nameForm\\:which").getText()).contains(number);
    assertThat(browser.find("label[for='nameForm:displayName']").getText())
        .startsWith("Name on the certificate");
    assertThat(browser.find("label[for='nameForm:nameReason']").getText()).isNotBlank();
    assertThat(browser.find("#nameForm\\:displayName").getAttribute("value"))
        .isEqualTo(holder.displayName());
    assertThat(overflow()).isLessThanOrEqualTo(0L);

    browser.type("#nameForm\\:displayName", name);
    browser.find("#nameForm\\:displayName").sendKeys(Keys.TAB);
    assertThat(focusedId()).isEqualTo("nameForm:nameReason");
    browser.find("#nameForm\\:nameReason").sendKeys("Misspelt at issue");
    browser.find("#nameForm\\:nameReason").sendKeys(Keys.TAB);
    assertThat(focusedId()).isEqualTo("nameForm:save");
    browser.find("#nameForm\\:save").sendKeys(Keys.ENTER);
    browser.settle();
    browser.waitForText(number + " now shows the name " + name);
    assertThat(browser.find("#certificates\\:table").getText()).contains(name);

    browser.click(inRowOf(number, "reasons"));
    browser.wait(Duration.ofSeconds(10)).until(d -> browser.find("#reasonsDialog").isDisplayed());
    assertThat(browser.find("#reasonsForm\\:reasonList").getText())
        .contains("Name: " + holder.displayName() + " \u2192 " + name)
        .contains("Misspelt at issue");
  }
}
