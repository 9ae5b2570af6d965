package org.facilitatoracademy.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/** Base for tests of what people do on pages: a fresh browser per test, a screenshot on failure. */
public abstract class BrowserTest {

  protected static TestServer server;
  protected Browser browser;

  /** Runs before @AfterEach closes the browser, so the screenshot shows the failing page. */
  @RegisterExtension
  final TestExecutionExceptionHandler screenshotOnFailure =
      (context, thrown) -> {
        if (browser != null) {
          browser.screenshot(
              context.getRequiredTestClass().getSimpleName()
                  + "-"
                  + context.getRequiredTestMethod().getName());
        }
        throw thrown;
      };

  @BeforeAll
  static void startServer() {
    server = TestServer.shared();
  }

  @BeforeEach
  void openBrowser() {
    browser = new Browser(server);
  }

  @AfterEach
  void closeBrowser() {
    try {
      assertThat(browser.policyViolations())
          .as("scripts or styles the Content-Security-Policy refused")
          .isEmpty();
    } finally {
      browser.close();
    }
  }

  protected void signIn(String email, String password) {
    browser.open("/login.xhtml");
    browser
        .type("#login\\:email", email)
        .type("#login\\:password", password)
        .click("#login\\:submit");
  }
}
