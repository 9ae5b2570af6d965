package org.facilitatoracademy.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium, with waits for PrimeFaces' ajax to settle instead
 * of sleeping.
 */
public final class Browser implements AutoCloseable {

  private final WebDriver driver;
  private final TestServer server;

  public Browser(TestServer server) {
    this.server = server;
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    Path profile;
    try {
      profile = Files.createTempDirectory("academy-chromium");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1280,900",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                new java.io.File(System.getProperty("chromedriver", "/usr/bin/chromedriver")))
            .build();
    // The console is read after each test: a script the Content-Security-Policy refused is a
    // page that no longer works.
    options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
    this.driver = new ChromeDriver(service, options);
  }

  /** What the browser refused under the Content-Security-Policy since the last call. */
  public java.util.List<String> policyViolations() {
    return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
        .map(org.openqa.selenium.logging.LogEntry::getMessage)
        .filter(message -> message.contains("Content Security Policy"))
        .toList();
  }

  public Browser open(String path) {
    driver.get(server.url(path));
    settle();
    return this;
  }

  public WebElement find(String css) {
    return wait(Duration.ofSeconds(10)).until(d -> d.findElement(By.cssSelector(css)));
  }

  public boolean exists(String css) {
    return !driver.findElements(By.cssSelector(css)).isEmpty();
  }

  public Browser type(String css, String text) {
    WebElement element = find(css);
    element.clear();
    element.sendKeys(text);
    return this;
  }

  /**
   * Clicks and waits for the page load or the ajax request it starts to finish. A click that loads
   * a new page (a link, a non-ajax submit) first waits for the old page to go away: otherwise, on a
   * busy machine, the next step can run on the page being left.
   */
  public Browser click(String css) {
    WebElement element = find(css);
    boolean loadsPage =
        Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(LOADS_PAGE, element));
    element.click();
    if (loadsPage) {
      wait(Duration.ofSeconds(30)).until(d -> isGone(element));
    }
    settle();
    return this;
  }

  /**
   * Whether clicking the element leaves the page: PrimeFaces ajax handlers return false. Under the
   * Content-Security-Policy PrimeFaces binds handlers in a nonce'd script instead of an onclick
   * attribute, and marks an element whose handler sends an ajax request with data-ajax="true".
   */
  private static final String LOADS_PAGE =
      "var e = arguments[0]; var handler = e.getAttribute('onclick') || '';"
          + " if (e.getAttribute('data-ajax') === 'true') { return false; }"
          + " if (handler.indexOf('return false') >= 0) { return false; }"
          + " if (e.tagName === 'A') { var href = e.getAttribute('href') || '';"
          + "   return href !== '' && href.charAt(0) !== '#' && href.indexOf('javascript:') !== 0; }"
          + " return (e.tagName === 'BUTTON' || e.tagName === 'INPUT') && e.type === 'submit';";

  /**
   * The element's page has been replaced. Chromium reports this either as a stale element or, in
   * the middle of the navigation, as a node that no longer belongs to the document.
   */
  private static boolean isGone(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (StaleElementReferenceException e) {
      return true;
    } catch (WebDriverException e) {
      return String.valueOf(e.getMessage()).contains("does not belong to the document");
    }
  }

  public String text() {
    return driver.findElement(By.tagName("body")).getText();
  }

  public String source() {
    return driver.getPageSource();
  }

  public String path() {
    String url = driver.getCurrentUrl();
    return url.substring(server.url("").length());
  }

  public String title() {
    return driver.getTitle();
  }

  /** Waits until the document is loaded and neither jQuery nor PrimeFaces has work queued. */
  public void settle() {
    wait(Duration.ofSeconds(20))
        .until(
            d -> {
              Object done =
                  ((JavascriptExecutor) d)
                      .executeScript(
                          "return document.readyState === 'complete'"
                              + " && (!window.jQuery || jQuery.active === 0)"
                              + " && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty());");
              return Boolean.TRUE.equals(done);
            });
  }

  public void waitForText(String text) {
    wait(Duration.ofSeconds(15)).until(d -> text().contains(text));
  }

  public WebDriverWait wait(Duration timeout) {
    return new WebDriverWait(driver, timeout);
  }

  public WebDriver driver() {
    return driver;
  }

  public Path screenshot(String name) {
    try {
      Path dir = Path.of(System.getProperty("project.build.directory", "target"), "screenshots");
      Files.createDirectories(dir);
      Path file = dir.resolve(name + ".png");
      Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
