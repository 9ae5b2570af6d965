package org.facilitatoracademy.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.facilitatoracademy.it.Credentialed.Person;
import org.junit.jupiter.api.Test;

/** A person closes their own account from its page, as they would in the browser. */
class AccountClosureBrowserIT extends BrowserTest {

  @Test
  void aHolderClosesTheirAccountAfterGivingTheirPasswordAgainAndCannotSignInAfterwards() {
    Person person = Credentialed.active(server, "FACILITATOR", "Cle C.");
    String certificateId = Credentialed.certificateOf(server, person);
    signIn(person.email(), Credentialed.PASSWORD);
    browser.open("/me/account.xhtml");
    assertThat(browser.text()).contains("Name withheld");

    browser.type("#close\\:closingPassword", "not my password").click("#close\\:submit");
    assertThat(browser.path()).startsWith("/me/account.xhtml");
    assertThat(browser.text()).contains("password is not correct");
    assertThat(person.api(server).get("/me").status()).isEqualTo(200);

    browser.type("#close\\:closingPassword", Credentialed.PASSWORD).click("#close\\:submit");
    assertThat(browser.path()).startsWith("/account-closed.xhtml");
    assertThat(browser.find("#closedNote").getText()).contains("Your account is closed");

    browser.open("/me/home.xhtml");
    assertThat(browser.path()).startsWith("/login.xhtml");
    signIn(person.email(), Credentialed.PASSWORD);
    assertThat(browser.path()).startsWith("/login.xhtml");
    assertThat(person.api(server).get("/me").status()).isEqualTo(401);
    Api.Reply record =
        Api.as(server, Accounts.COORDINATOR, Accounts.PASSWORD)
            .get("/certificates/" + certificateId);
    assertThat(record.json().path("status").asText()).isEqualTo("INACTIVE");
  }
}
