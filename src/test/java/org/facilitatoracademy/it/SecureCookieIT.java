package org.facilitatoracademy.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A site served over HTTPS (usually behind a proxy that ends TLS, so the server itself sees plain
 * HTTP) marks its session cookie Secure: the browser never sends it over plain HTTP.
 */
class SecureCookieIT {

  @Test
  void theSessionCookieIsSecureWhenTheSiteIsServedOverHttps() throws Exception {
    try (TestServer server =
        TestServer.start(
            "secure-cookie",
            TestServer.freshDirectory("secure-cookie"),
            Map.of("ACADEMY_BASE_URL", "https://academy.example.org"))) {
      HttpResponse<String> page =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(server.url("/login.xhtml"))).build(),
                  HttpResponse.BodyHandlers.ofString());
      String cookie =
          page.headers().allValues("Set-Cookie").stream()
              .filter(c -> c.startsWith("JSESSIONID="))
              .findFirst()
              .orElseThrow(() -> new AssertionError("No session cookie: " + page.headers()));
      assertThat(cookie.toLowerCase(java.util.Locale.ROOT))
          .contains("; secure", "; httponly", "samesite=lax");
    }
  }
}
