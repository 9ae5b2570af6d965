package org.facilitatoracademy.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the outside sees at the edges, probed as an attacker or a careless client would: bodies of
 * the wrong JSON types, bodies too large, malformed headers and paths, forged view states, and the
 * headers and cookies on every kind of answer.
 */
class EdgesIT {

  private static TestServer server;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void startServer() {
    server = TestServer.shared();
  }

  // Strict inputs

  @Test
  void aTrueFalseResponseOfAnotherJsonTypeIsRefusedNamingTheField() {
    Attempt attempt = Attempt.start("strict");
    int slot = attempt.slotOfType("truefalse");
    for (String wrong : List.of("{\"value\":\"banana\"}", "{\"value\":2}", "{\"value\":[true]}")) {
      Api.Reply refused =
          attempt.taker.put("/attempts/" + attempt.id + "/responses/" + slot, wrong);
      assertThat(refused.status()).as(wrong).isEqualTo(400);
      assertThat(refused.error()).isEqualTo("invalid-field");
      assertThat(refused.json().path("message").asText()).contains("'value'", "true or false");
    }
    JsonNode asked = attempt.question(slot);
    assertThat(asked.path("response").isMissingNode() || asked.path("response").isNull())
        .as("nothing was stored: %s", asked)
        .isTrue();
    assertThat(
            attempt
                .taker
                .put("/attempts/" + attempt.id + "/responses/" + slot, "{\"value\":true}")
                .status())
        .isEqualTo(204);
  }

  @Test
  void fieldsOfOtherBodiesAreCheckedForTheirJsonTypeToo() {
    Api admin = Api.as(server, Accounts.ADMIN, Accounts.PASSWORD);
    Api.Reply refused =
        admin.post(
            "/admin/accounts",
            Map.of(
                "email",
                Accounts.uniqueEmail("typed"),
                "password",
                12345678901L,
                "displayName",
                "Typed T.",
                "region",
                "north-west",
                "roles",
                List.of()));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().path("message").asText()).contains("'password'", "a string");
    Api.Reply notAList =
        Api.as(server, Accounts.COORDINATOR, Accounts.PASSWORD)
            .post("/coordinator/applications/x/decision", "{\"decision\":true}");
    assertThat(notAList.status()).isEqualTo(400);
    assertThat(notAList.json().path("message").asText()).contains("'decision'");
  }

  @Test
  void aBodyOverTheLimitIsRefusedWith413InJsonAndAHugeValueIsNeverEchoedWhole() throws Exception {
    Attempt attempt = Attempt.start("large");
    int slot = attempt.slotOfType("single");
    String path = "/api/v1/attempts/" + attempt.id + "/responses/" + slot;
    String huge = "{\"optionId\":\"" + "x".repeat(8_000_000) + "\"}";
    HttpResponse<String> tooLarge = send(attempt.authorized(path).PUT(ofString(huge)));
    assertThat(tooLarge.statusCode()).isEqualTo(413);
    assertThat(tooLarge.headers().firstValue("Content-Type").orElse("")).contains("json");
    assertThat(tooLarge.body()).contains("\"error\":\"request-too-large\"");

    String large = "{\"optionId\":\"" + "y".repeat(200_000) + "\"}";
    HttpResponse<String> unknownId = send(attempt.authorized(path).PUT(ofString(large)));
    assertThat(unknownId.statusCode()).isEqualTo(400);
    assertThat(unknownId.body()).contains("yyyy").hasSizeLessThan(400);
  }

  // Errors are always ours

  @Test
  void aMalformedOrEmptyContentTypeIsAJsonError() throws Exception {
    for (String contentType : List.of(";;;", "", "application/")) {
      HttpResponse<String> reply =
          send(
              request("/api/v1/password-resets")
                  .header("Content-Type", contentType)
                  .POST(ofString("{\"email\":\"x@example.org\"}")));
      assertThat(reply.statusCode()).as("Content-Type '%s'", contentType).isEqualTo(400);
      assertJsonError(reply);
      assertThat(reply.body()).contains("malformed-header");
    }
  }

  @Test
  void addressesTheApiDoesNotKnowAnswerJsonWhateverTheirShape() throws Exception {
    for (String path :
        List.of(
            "/api/v1/nothing-here",
            "/api/v1/%2F",
            "/api/v1/%2f..%2f",
            "/api/v1/me/%2E%2E/%2E%2E/",
            "/api/v1/..;/x")) {
      HttpResponse<String> reply = send(HttpRequest.newBuilder(URI.create(server.url(path))).GET());
      assertThat(reply.statusCode()).as(path).isBetween(400, 404);
      assertJsonError(reply);
    }
    HttpResponse<String> wrongMethod =
        send(HttpRequest.newBuilder(URI.create(server.url("/api/v1/courses"))).DELETE());
    assertThat(wrongMethod.statusCode()).isEqualTo(405);
    assertJsonError(wrongMethod);
  }

  @Test
  void pagesShowOurOwnErrorPagesAndNoAnswerNamesTheServer() throws Exception {
    for (String path : List.of("/nothing.xhtml", "/nothing", "/WEB-INF/web.xml")) {
      HttpResponse<String> reply = send(HttpRequest.newBuilder(URI.create(server.url(path))).GET());
      assertThat(reply.statusCode()).as(path).isEqualTo(404);
      assertThat(reply.body()).contains("Page not found").doesNotContain("Error report");
    }
    for (HttpResponse<String> reply :
        List.of(
            send(HttpRequest.newBuilder(URI.create(server.url("/nothing.xhtml"))).GET()),
            send(HttpRequest.newBuilder(URI.create(server.url("/login.xhtml"))).GET()),
            send(HttpRequest.newBuilder(URI.create(server.url("/api/v1/courses"))).GET()),
            send(HttpRequest.newBuilder(URI.create(server.url("/api/v1/me"))).GET()))) {
      assertThat(reply.headers().firstValue("Server").orElse("")).isBlank();
      assertThat(reply.headers().firstValue("X-Powered-By")).isEmpty();
      assertThat(reply.body()).doesNotContainIgnoringCase("payara");
    }
  }

  // Faces edges

  @Test
  void aFormPostedWithAnUnknownForeignOrStatelessViewStateGetsTheExpiredPage() throws Exception {
    HttpResponse<String> page =
        send(HttpRequest.newBuilder(URI.create(server.url("/login.xhtml"))).GET());
    String cookie = sessionCookie(page).split(";", 2)[0];
    int logBefore = server.log().length();
    List<String> forgeries =
        List.of("forged", "-2983740218:1298374098123", "stateless", "", "x".repeat(500));
    for (String viewState : forgeries) {
      String form =
          "login=login&login%3Aemail=a%40example.org&login%3Apassword=x&login%3Asubmit="
              + "&jakarta.faces.ViewState="
              + java.net.URLEncoder.encode(viewState, StandardCharsets.UTF_8);
      HttpResponse<String> reply =
          send(
              HttpRequest.newBuilder(URI.create(server.url("/login.xhtml")))
                  .header("Cookie", cookie)
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(ofString(form)));
      assertThat(reply.statusCode()).as("view state '%s'", viewState).isEqualTo(400);
      assertThat(reply.body()).contains("This page has expired", "reload the page");
    }
    String log = server.log().substring(logBefore);
    assertThat(count(log, "with a view state this server does not hold"))
        .isEqualTo(forgeries.size());
    assertThat(log).doesNotContain("SEVERE", "\tat com.sun.faces", "ViewExpiredException");
  }

  // Headers and cookies

  @Test
  void refusedSignInsCarryTheSecurityHeaders() throws Exception {
    String email = Accounts.createTrainee(server, "headers", Trainees.PASSWORD);
    HttpResponse<String> wrong = send(basic("/api/v1/me", email, "not the password").GET());
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertSecurityHeaders(wrong);
    HttpResponse<String> locked = wrong;
    for (int i = 0; i < 6 && !locked.body().contains("account-locked"); i++) {
      locked = send(basic("/api/v1/me", email, "not the password").GET());
    }
    assertThat(locked.statusCode()).isEqualTo(401);
    assertThat(locked.body()).contains("account-locked");
    assertSecurityHeaders(locked);
    HttpResponse<String> notFound =
        send(HttpRequest.newBuilder(URI.create(server.url("/api/v1/nothing-here"))).GET());
    assertSecurityHeaders(notFound);
    HttpResponse<String> page =
        send(HttpRequest.newBuilder(URI.create(server.url("/nothing.xhtml"))).GET());
    assertSecurityHeaders(page);
  }

  @Test
  void theSessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
    HttpResponse<String> page =
        send(HttpRequest.newBuilder(URI.create(server.url("/login.xhtml"))).GET());
    String cookie = sessionCookie(page);
    assertThat(cookie).containsIgnoringCase("; HttpOnly").containsIgnoringCase("SameSite=Lax");
    assertThat(cookie).as("served over http here").doesNotContainIgnoringCase("Secure");
  }

  @Test
  void personalDataIsNeverStoredByCaches() throws Exception {
    Attempt attempt = Attempt.start("cache");
    for (String path :
        List.of(
            "/api/v1/me",
            "/api/v1/me/export",
            "/api/v1/me/certificates",
            "/api/v1/attempts/" + attempt.id)) {
      HttpResponse<String> reply = send(attempt.authorized(path).GET());
      assertThat(reply.statusCode()).as(path).isEqualTo(200);
      assertThat(reply.headers().firstValue("Cache-Control").orElse(""))
          .as(path)
          .contains("no-store");
    }
    HttpResponse<String> page =
        send(HttpRequest.newBuilder(URI.create(server.url("/me/home.xhtml"))).GET());
    assertThat(page.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
  }

  // Content-Security-Policy

  @Test
  void scriptsRunOnlyFromThisOriginOrWithThePagesNonce() throws Exception {
    HttpResponse<String> page =
        send(HttpRequest.newBuilder(URI.create(server.url("/login.xhtml"))).GET());
    List<String> policies = page.headers().allValues("Content-Security-Policy");
    assertThat(policies).hasSize(1);
    String scripts = directive(policies.get(0), "script-src");
    assertThat(scripts).doesNotContain("unsafe-inline", "unsafe-eval").contains("'self'");
    Matcher nonce = Pattern.compile("'nonce-([^']+)'").matcher(scripts);
    assertThat(nonce.find()).as(scripts).isTrue();
    Matcher script = Pattern.compile("<script([^>]*)>").matcher(page.body());
    int inline = 0;
    while (script.find()) {
      assertThat(script.group(1)).contains("nonce=\"" + nonce.group(1) + "\"");
      inline++;
    }
    assertThat(inline).isPositive();
    assertThat(page.body()).doesNotContainPattern("\\son[a-z]+=\"");
    HttpResponse<String> api =
        send(HttpRequest.newBuilder(URI.create(server.url("/api/v1/courses"))).GET());
    assertThat(
            directive(api.headers().firstValue("Content-Security-Policy").orElse(""), "script-src"))
        .isEqualTo("script-src 'self'");
  }

  private static String directive(String policy, String name) {
    for (String part : policy.split(";")) {
      if (part.strip().startsWith(name + " ")) {
        return part.strip();
      }
    }
    throw new AssertionError("No " + name + " in " + policy);
  }

  private static void assertSecurityHeaders(HttpResponse<String> reply) {
    assertThat(reply.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(reply.headers().firstValue("Referrer-Policy")).contains("no-referrer");
    assertThat(reply.headers().firstValue("X-Frame-Options")).contains("DENY");
    assertThat(reply.headers().firstValue("Content-Security-Policy")).isPresent();
    assertThat(reply.headers().firstValue("Cache-Control")).contains("no-store");
  }

  private static void assertJsonError(HttpResponse<String> reply) {
    assertThat(reply.headers().firstValue("Content-Type").orElse(""))
        .as(reply.uri() + ": " + reply.body())
        .startsWith("application/json");
    assertThat(reply.body()).contains("\"error\":", "\"message\":").doesNotContain("<html");
  }

  private static String sessionCookie(HttpResponse<String> page) {
    return page.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith("JSESSIONID="))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No session cookie: " + page.headers()));
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  private static HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(server.url(path)));
  }

  private static HttpRequest.Builder basic(String path, String email, String password) {
    return request(path)
        .header(
            "Authorization",
            "Basic "
                + Base64.getEncoder()
                    .encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8)));
  }

  private static HttpRequest.BodyPublisher ofString(String body) {
    return HttpRequest.BodyPublishers.ofString(body);
  }

  private static HttpResponse<String> send(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A fresh trainee's open attempt of the first module's quiz. */
  private record Attempt(String email, Api taker, String id, JsonNode started) {

    static Attempt start(String prefix) {
      String email = Trainees.withFirstModuleRead(server, prefix, "facilitator");
      Api taker = Trainees.api(server, email);
      Api.Reply started = taker.post("/quizzes/welcome/attempts?course=facilitator", Map.of());
      assertThat(started.status()).as(started.body()).isIn(200, 201);
      return new Attempt(email, taker, started.json().path("attemptId").asText(), started.json());
    }

    int slotOfType(String type) {
      for (JsonNode question : started.path("questions")) {
        if (question.path("type").asText().equals(type)) {
          return question.path("slot").asInt();
        }
      }
      throw new AssertionError("No " + type + " question in " + started);
    }

    JsonNode question(int slot) {
      for (JsonNode question : taker.get("/attempts/" + id).json().path("questions")) {
        if (question.path("slot").asInt() == slot) {
          return question;
        }
      }
      throw new AssertionError("No slot " + slot);
    }

    HttpRequest.Builder authorized(String path) {
      return basic(path, email, Trainees.PASSWORD).header("Content-Type", "application/json");
    }
  }
}
