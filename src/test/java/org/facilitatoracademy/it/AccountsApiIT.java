package org.facilitatoracademy.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The accounts and regions part of the REST contract, against a running server. */
class AccountsApiIT {

  private static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.shared();
  }

  private static Map<String, Object> registration(String email, String password, String region) {
    return Map.of("email", email, "password", password, "displayName", "Jo K.", "region", region);
  }

  @Test
  void registeringCreatesATraineeWhoseEmailMustBeConfirmed() {
    String email = Accounts.uniqueEmail("register");
    Api.Reply reply =
        Api.anonymous(server).post("/accounts", registration(email, "rivers and hills", "london"));

    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    assertThat(reply.json().path("email").asText()).isEqualTo(email);
    assertThat(reply.json().path("roles").toString()).isEqualTo("[\"TRAINEE\"]");
    assertThat(reply.json().path("id").asText()).hasSize(36);
    assertThat(reply.body()).doesNotContain("password");
    String mail = Mailbox.shared().awaitMessage(email, "Confirm your email");
    assertThat(Mailbox.link(mail)).startsWith(server.url("/confirm-email.xhtml?token="));
  }

  @Test
  void malformedJsonIsA400WithAnErrorCode() {
    Api.Reply reply = Api.anonymous(server).postRaw("/accounts", "{\"email\": ");
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.error()).isEqualTo("malformed");
    assertThat(reply.json().path("message").asText()).isNotBlank();
  }

  @Test
  void aDuplicateEmailInAnyCaseIsA409() {
    String email = Accounts.uniqueEmail("dup");
    Api api = Api.anonymous(server);
    assertThat(api.post("/accounts", registration(email, "rivers and hills", "london")).status())
        .isEqualTo(201);

    Api.Reply again =
        api.post("/accounts", registration(email.toUpperCase(), "rivers and hills", "london"));

    assertThat(again.status()).isEqualTo(409);
    assertThat(again.error()).isEqualTo("email-taken");
  }

  @Test
  void aWeakPasswordIsA422NamingTheRule() {
    Api.Reply reply =
        Api.anonymous(server)
            .post("/accounts", registration(Accounts.uniqueEmail("weak"), "short", "london"));
    assertThat(reply.status()).isEqualTo(422);
    assertThat(reply.error()).isEqualTo("weak-password");
    assertThat(reply.json().path("message").asText()).contains("at least 10 characters");
  }

  @Test
  void anUnknownRegionIsA422() {
    Api.Reply reply =
        Api.anonymous(server)
            .post(
                "/accounts",
                registration(Accounts.uniqueEmail("region"), "rivers and hills", "atlantis"));
    assertThat(reply.status()).isEqualTo(422);
    assertThat(reply.error()).isEqualTo("unknown-region");
  }

  @Test
  void aTraineeCallingAdminOperationsGets403() {
    Api trainee = Api.as(server, Accounts.TRAINEE, Accounts.PASSWORD);
    assertThat(trainee.post("/admin/regions", Map.of("code", "x1", "name", "X")).status())
        .isEqualTo(403);
    Api.Reply create =
        trainee.post(
            "/admin/accounts",
            Map.of(
                "email",
                Accounts.uniqueEmail("x"),
                "password",
                "rivers and hills",
                "displayName",
                "X",
                "region",
                "london",
                "roles",
                List.of("ADMIN")));
    assertThat(create.status()).isEqualTo(403);
    assertThat(create.error()).isEqualTo("forbidden");
    assertThat(trainee.get("/admin/audit").status()).isEqualTo(403);
  }

  @Test
  void anonymousCallsToSignedInOperationsGet401() {
    Api.Reply me = Api.anonymous(server).get("/me");
    assertThat(me.status()).isEqualTo(401);
    assertThat(me.error()).isEqualTo("authentication-required");
    assertThat(Api.anonymous(server).get("/admin/audit").status()).isEqualTo(401);
  }

  @Test
  void aWrongPasswordIsA401AndNeverStartsASession() {
    Api.Reply reply = Api.as(server, Accounts.TRAINEE, "not the password").get("/me");
    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.error()).isEqualTo("invalid-credentials");
    assertThat(reply.raw().headers().firstValue("Set-Cookie")).isEmpty();
    assertThat(
            Api.as(server, Accounts.TRAINEE, Accounts.PASSWORD)
                .get("/me")
                .raw()
                .headers()
                .firstValue("Set-Cookie"))
        .isEmpty();
  }

  @Test
  void fiveWrongPasswordsLockTheAccountForTheApi() {
    String email = Accounts.createTrainee(server, "lock-api", "correct horse battery");
    Api wrong = Api.as(server, email, "wrong password here");
    for (int i = 0; i < 4; i++) {
      assertThat(wrong.get("/me").error()).isEqualTo("invalid-credentials");
    }
    Api.Reply fifth = wrong.get("/me");
    assertThat(fifth.status()).isEqualTo(401);
    assertThat(fifth.error()).isEqualTo("account-locked");

    Api.Reply right = Api.as(server, email, "correct horse battery").get("/me");
    assertThat(right.status()).isEqualTo(401);
    assertThat(right.error()).isEqualTo("account-locked");
  }

  @Test
  void anAdministratorCreatesAccountsAndChangesRoles() {
    Api admin = Api.as(server, Accounts.ADMIN, Accounts.PASSWORD);
    String email = Accounts.uniqueEmail("mentor");
    Api.Reply created =
        admin.post(
            "/admin/accounts",
            Map.of(
                "email",
                email,
                "password",
                "rivers and hills",
                "displayName",
                "Mo M.",
                "region",
                "scotland",
                "roles",
                List.of("MENTOR")));
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.json().path("roles").toString()).isEqualTo("[\"MENTOR\",\"TRAINEE\"]");

    String id = created.json().path("id").asText();
    Api.Reply changed =
        admin.put("/admin/accounts/" + id + "/roles", Map.of("roles", List.of("COORDINATOR")));
    assertThat(changed.status()).isEqualTo(200);
    assertThat(changed.json().path("roles").toString()).isEqualTo("[\"COORDINATOR\",\"TRAINEE\"]");

    Api.Reply me = Api.as(server, email, "rivers and hills").get("/me");
    assertThat(me.json().path("roles").toString()).isEqualTo("[\"COORDINATOR\",\"TRAINEE\"]");

    Api.Reply unknownRole =
        admin.put("/admin/accounts/" + id + "/roles", Map.of("roles", List.of("WIZARD")));
    assertThat(unknownRole.status()).isEqualTo(422);
    assertThat(admin.put("/admin/accounts/no-such-id/roles", Map.of("roles", List.of())).status())
        .isEqualTo(404);
  }

  @Test
  void anAdministratorAddsRegionsThatAnyoneCanList() {
    Api admin = Api.as(server, Accounts.ADMIN, Accounts.PASSWORD);
    String code = "r" + System.nanoTime() % 1_000_000;
    assertThat(admin.post("/admin/regions", Map.of("code", code, "name", "Test region")).status())
        .isEqualTo(201);
    assertThat(admin.post("/admin/regions", Map.of("code", code, "name", "Again")).status())
        .isEqualTo(409);
    assertThat(Api.anonymous(server).get("/regions").body()).contains("\"" + code + "\"");
  }

  @Test
  void aPersonExportsTheirDataAndClosesTheirAccount() {
    String email = Accounts.createTrainee(server, "closing", "rivers and hills");
    Api me = Api.as(server, email, "rivers and hills");

    Api.Reply export = me.get("/me/export");
    assertThat(export.status()).isEqualTo(200);
    assertThat(export.json().path("email").asText()).isEqualTo(email);
    assertThat(export.body()).doesNotContain("passwordHash").doesNotContain("pbkdf2");

    assertThat(me.delete("/me").status()).isEqualTo(204);
    assertThat(me.get("/me").status()).isEqualTo(401);
    Api.Reply reuse =
        Api.anonymous(server).post("/accounts", registration(email, "rivers and hills", "london"));
    assertThat(reuse.status()).as("a closed account's email is free again").isEqualTo(201);
  }

  @Test
  void passwordResetMailsALinkThatWorksOnce() {
    String email = Accounts.createTrainee(server, "reset-api", "rivers and hills");
    assertThat(Api.anonymous(server).post("/password-resets", Map.of("email", email)).status())
        .isEqualTo(202);
    assertThat(
            Api.anonymous(server)
                .post("/password-resets", Map.of("email", "nobody@example.org"))
                .status())
        .as("unknown emails get the same answer")
        .isEqualTo(202);

    String link = Mailbox.link(Mailbox.shared().awaitMessage(email, "Reset your"));
    String token = link.substring(link.indexOf("token=") + 6);
    Api anonymous = Api.anonymous(server);
    assertThat(
            anonymous
                .post(
                    "/password-resets/confirmation",
                    Map.of("token", token, "password", "new meadow path"))
                .status())
        .isEqualTo(204);
    assertThat(Api.as(server, email, "new meadow path").get("/me").status()).isEqualTo(200);
    assertThat(Api.as(server, email, "rivers and hills").get("/me").status()).isEqualTo(401);

    Api.Reply again =
        anonymous.post(
            "/password-resets/confirmation",
            Map.of("token", token, "password", "another path here"));
    assertThat(again.status()).isEqualTo(422);
    assertThat(again.error()).isEqualTo("invalid-link");
  }

  @Test
  void theAuditLogRecordsSignInsAndRoleChangesInAChain() {
    String email = Accounts.createTrainee(server, "audited", "rivers and hills");
    Api.as(server, email, "wrong password here").get("/me");
    Api.Reply audit =
        Api.as(server, Accounts.ADMIN, Accounts.PASSWORD).get("/admin/audit?from=2000-01-01");
    assertThat(audit.status()).isEqualTo(200);
    List<String> actions = audit.json().findValuesAsText("action");
    assertThat(actions).contains("account.created", "sign-in", "sign-in.failed");
    var events = audit.json();
    for (int i = 1; i < events.size(); i++) {
      assertThat(events.get(i).path("position").asLong())
          .isEqualTo(events.get(i - 1).path("position").asLong() + 1);
    }
    assertThat(
            Api.as(server, Accounts.ADMIN, Accounts.PASSWORD)
                .get("/admin/audit?from=yesterday")
                .status())
        .isEqualTo(400);
  }

  @Test
  void everyPageAndAnswerCarriesSecurityHeaders() {
    Api.Reply reply = Api.anonymous(server).get("/regions");
    var headers = reply.raw().headers();
    assertThat(headers.firstValue("Content-Security-Policy").orElseThrow())
        .contains("frame-ancestors 'none'");
    assertThat(headers.firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(headers.firstValue("Referrer-Policy")).contains("no-referrer");
  }

  @Test
  void operationsEndpointsAnswer() {
    java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
    for (String path : List.of("/health/ready", "/health/live", "/metrics", "/openapi")) {
      try {
        var response =
            http.send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.url(path))).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        if (path.equals("/openapi")) {
          assertThat(response.body())
              .contains("/api/v1/accounts", "/api/v1/admin/accounts/{id}/roles", "/api/v1/regions");
        }
      } catch (Exception e) {
        throw new AssertionError(path, e);
      }
    }
  }
}
