package org.facilitatoracademy.container;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person signed in to the pages (form sign-in, session cookie), for in-container tests that check
 * what a page shows or refuses without driving a browser.
 */
public final class PageSession {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  private final HttpClient http =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NORMAL)
          .build();
  private final String base;

  private PageSession(String base) {
    this.base = base;
  }

  public static PageSession signIn(String base, String email, String password) {
    PageSession session = new PageSession(base);
    Matcher state = VIEW_STATE.matcher(session.open("/login.xhtml").body());
    if (!state.find()) {
      throw new IllegalStateException("No view state on the sign-in page");
    }
    String form =
        "login=login&login%3Aemail="
            + encode(email)
            + "&login%3Apassword="
            + encode(password)
            + "&login%3Asubmit=&jakarta.faces.ViewState="
            + encode(state.group(1));
    session.send(
        HttpRequest.newBuilder(URI.create(base + "/login.xhtml"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)));
    return session;
  }

  public HttpResponse<String> open(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
