package org.facilitatoracademy.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Administrators manage accounts on pages. */
class AdminPagesBrowserIT extends BrowserTest {

  @Test
  void anAdministratorFindsAnAccountAndMakesItAMentor() {
    String email = Accounts.createTrainee(server, "promote", "correct horse battery");
    signIn(Accounts.ADMIN, Accounts.PASSWORD);
    browser.open("/admin/accounts.xhtml");
    browser.type("#accounts\\:table\\:filter", email);
    browser
        .wait(java.time.Duration.ofSeconds(10))
        .until(d -> browser.text().contains(email) && !browser.text().contains(Accounts.TRAINEE));

    browser.click("#accounts\\:table\\:0\\:editRoles");
    browser
        .wait(java.time.Duration.ofSeconds(10))
        .until(d -> browser.find("#rolesDialog").isDisplayed());
    browser.find("#rolesForm\\:roles label[for='rolesForm:roles:0']").click();
    browser.click("#rolesForm\\:save");
    browser.waitForText("are now [MENTOR, TRAINEE]");

    assertThat(
            Api.as(server, email, "correct horse battery")
                .get("/me")
                .json()
                .path("roles")
                .toString())
        .isEqualTo("[\"MENTOR\",\"TRAINEE\"]");
  }

  @Test
  void anAdministratorReadsTheOutboxAndTheAuditLog() {
    signIn(Accounts.ADMIN, Accounts.PASSWORD);
    browser.open("/admin/outbox.xhtml");
    assertThat(browser.find("h1").getText()).isEqualTo("Mail outbox");
    browser.open("/admin/audit.xhtml");
    assertThat(browser.find("#chainStatus").getText()).isEqualTo("The hash chain is intact.");
    assertThat(browser.text()).contains("sign-in");
  }

  @Test
  void thePagesFitAPhoneScreen() {
    browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
    browser.open("/login.xhtml");
    Long overflow =
        (Long)
            ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    assertThat(overflow).isLessThanOrEqualTo(0L);
    browser.screenshot("login-phone");
  }
}
