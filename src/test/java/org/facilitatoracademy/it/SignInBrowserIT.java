package org.facilitatoracademy.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Registering, confirming, signing in and out, as a person does it in the browser. */
class SignInBrowserIT extends BrowserTest {

  @Test
  void aNewPersonRegistersConfirmsSignsInSeesTheirHomeAndSignsOut() {
    String email = Accounts.uniqueEmail("browser");
    browser.open("/register.xhtml");
    browser
        .type("#register\\:email", email)
        .type("#register\\:displayName", "Robin B.")
        .type("#register\\:password", "long quiet evening");
    new org.openqa.selenium.support.ui.Select(browser.find("#register\\:region"))
        .selectByValue("london");
    browser.click("#register\\:submit");
    browser.waitForText("we sent a confirmation link to " + email);

    browser.open(
        Mailbox.link(Mailbox.shared().awaitMessage(email, "Confirm your email"))
            .substring(server.url("").length()));
    assertThat(browser.find("#confirmResult").getText()).contains("is confirmed");

    signIn(email, "long quiet evening");
    assertThat(browser.path()).startsWith("/me/home.xhtml");
    assertThat(browser.find("h1").getText()).isEqualTo("Hello, Robin B.");
    assertThat(browser.exists("#unconfirmed")).isFalse();

    browser.click("#nav\\:signOut");
    assertThat(browser.path()).startsWith("/index.xhtml");
    browser.open("/me/home.xhtml");
    assertThat(browser.path()).startsWith("/login.xhtml");
  }

  @Test
  void signingInGivesTheBrowserANewSessionId() {
    browser.open("/login.xhtml");
    String before = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
    signIn(Accounts.TRAINEE, Accounts.PASSWORD);
    assertThat(browser.path()).startsWith("/me/home.xhtml");
    String after = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
    assertThat(after).isNotEqualTo(before);
  }

  @Test
  void aConfirmationLinkWorksOnlyOnce() {
    String email = Accounts.uniqueEmail("once");
    Api.anonymous(server)
        .post(
            "/accounts",
            java.util.Map.of(
                "email",
                email,
                "password",
                "long quiet evening",
                "displayName",
                "Kim O.",
                "region",
                "london"));
    String path =
        Mailbox.link(Mailbox.shared().awaitMessage(email, "Confirm your email"))
            .substring(server.url("").length());
    browser.open(path);
    assertThat(browser.find("#confirmResult").getText()).contains("is confirmed");
    browser.open(path);
    assertThat(browser.find("#confirmResult").getText())
        .contains("expired or has already been used");
  }

  @Test
  void signingInReturnsToThePageFirstAskedFor() {
    browser.open("/me/account.xhtml");
    assertThat(browser.path()).startsWith("/login.xhtml?continue=");

    browser
        .type("#login\\:email", Accounts.TRAINEE)
        .type("#login\\:password", Accounts.PASSWORD)
        .click("#login\\:submit");

    assertThat(browser.path()).isEqualTo("/me/account.xhtml");
    assertThat(browser.find("#email").getText()).isEqualTo(Accounts.TRAINEE);
  }

  @Test
  void aContinueAddressOutsideTheApplicationIsIgnored() {
    browser.open("/login.xhtml?continue=//evil.example.org/");
    browser
        .type("#login\\:email", Accounts.TRAINEE)
        .type("#login\\:password", Accounts.PASSWORD)
        .click("#login\\:submit");
    assertThat(browser.path()).isEqualTo("/me/home.xhtml");
  }

  @Test
  void fiveWrongPasswordsInTheFormLockTheAccount() {
    String email = Accounts.createTrainee(server, "lock-form", "correct horse battery");
    for (int i = 0; i < 4; i++) {
      signIn(email, "wrong password " + i);
      assertThat(browser.text()).contains("Wrong email or password.");
    }
    signIn(email, "wrong password 5");
    assertThat(browser.text()).contains("This account is locked");

    signIn(email, "correct horse battery");
    assertThat(browser.text()).contains("This account is locked");
    assertThat(browser.path()).startsWith("/login.xhtml");
  }

  @Test
  void aForgottenPasswordIsResetThroughTheMailedLinkOnce() {
    String email = Accounts.createTrainee(server, "reset-page", "correct horse battery");
    browser.open("/forgot-password.xhtml");
    browser.type("#forgot\\:email", email).click("#forgot\\:submit");
    browser.waitForText("a link to reset its password is on its way");

    String path =
        Mailbox.link(Mailbox.shared().awaitMessage(email, "Reset your"))
            .substring(server.url("").length());
    browser.open(path);
    browser
        .type("#reset\\:password", "fresh spring morning")
        .type("#reset\\:passwordAgain", "fresh spring morning")
        .click("#reset\\:submit");
    browser.waitForText("Your password is changed");

    signIn(email, "fresh spring morning");
    assertThat(browser.path()).startsWith("/me/home.xhtml");

    browser.open(path);
    assertThat(browser.find("#resetInvalid").getText())
        .contains("expired or has already been used");
  }

  @Test
  void restrictedPagesLookLikeMissingOnesAndErrorsShowNoStackTrace() {
    signIn(Accounts.TRAINEE, Accounts.PASSWORD);
    browser.open("/admin/accounts.xhtml");
    assertThat(browser.find("h1").getText()).isEqualTo("Page not found");
    browser.open("/no-such-page.xhtml");
    assertThat(browser.find("h1").getText()).isEqualTo("Page not found");
    assertThat(browser.text()).doesNotContain("Exception").doesNotContain("at org.");
  }

  @Test
  void aFormPostedWithoutItsViewStateIsRefused() throws Exception {
    String email = Accounts.createTrainee(server, "csrf", "correct horse battery");
    signIn(email, "correct horse battery");
    // A forged cross-site post carries the session cookie but cannot know the view state.
    ((org.openqa.selenium.JavascriptExecutor) browser.driver())
        .executeScript(
            "var f=document.createElement('form');f.method='post';f.action='/me/account.xhtml';"
                + "[['password','password'],['password:currentPassword','correct horse battery'],"
                + "['password:newPassword','forged password value'],['password:submit',''],"
                + "['jakarta.faces.ViewState','-123:456']].forEach(function(p){var i=document.createElement('input');"
                + "i.name=p[0];i.value=p[1];f.appendChild(i);});document.body.appendChild(f);f.submit();");
    browser.settle();
    assertThat(browser.find("h1").getText()).isEqualTo("This page has expired");
    assertThat(Api.as(server, email, "correct horse battery").get("/me").status()).isEqualTo(200);
  }
}
