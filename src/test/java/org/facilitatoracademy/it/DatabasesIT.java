package org.facilitatoracademy.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Starting on an empty database, restarting on a used one, on H2 and on a real PostgreSQL: the
 * schema comes from the same migrations, and nothing is lost across a restart.
 */
class DatabasesIT {

  private static final String ROOT = "root@example.org";
  private static final String ROOT_PASSWORD = "tall trees in autumn";

  private static Map<String, String> withAdmin(Map<String, String> env) {
    Map<String, String> all = new HashMap<>(env);
    all.put("ACADEMY_ADMIN_EMAIL", ROOT);
    all.put("ACADEMY_ADMIN_PASSWORD", ROOT_PASSWORD);
    return all;
  }

  @Test
  void anEmptyH2IsMigratedAndARestartLosesNothing() {
    Path dataDir = TestServer.freshDirectory("h2-restart");
    String email = journeyOnFirstStart("h2-first", dataDir, withAdmin(Map.of()));
    assertSurvivesRestart("h2-second", dataDir, withAdmin(Map.of()), email);
  }

  @Test
  void anEmptyPostgreSqlIsMigratedAndARestJourneyWorksAcrossARestart() throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      Map<String, String> env =
          withAdmin(
              Map.of(
                  "ACADEMY_DB_URL",
                      "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres",
                  "ACADEMY_DB_USER", "postgres",
                  "ACADEMY_DB_PASSWORD", "postgres"));
      Path dataDir = TestServer.freshDirectory("pg");
      String email = journeyOnFirstStart("pg-first", dataDir, env);
      assertSurvivesRestart("pg-second", dataDir, env, email);
      try (var connection = postgres.getPostgresDatabase().getConnection();
          var rows = connection.createStatement().executeQuery("select count(*) from account")) {
        rows.next();
        assertThat(rows.getInt(1)).as("accounts live in PostgreSQL").isGreaterThanOrEqualTo(3);
      }
    }
  }

  @Test
  void anUnreachableDatabaseGivesOneClearStartupErrorWithoutThePassword() {
    Map<String, String> env =
        Map.of(
            "ACADEMY_DB_URL", "jdbc:postgresql://127.0.0.1:9/nowhere",
            "ACADEMY_DB_USER", "someone",
            "ACADEMY_DB_PASSWORD", "s3cret-value");
    try (TestServer server =
        TestServer.startFailing(
            "bad-db", TestServer.freshDirectory("bad-db"), env, "Cannot open the database at")) {
      String log = server.log();
      assertThat(log)
          .contains(
              "Cannot open the database at jdbc:postgresql://127.0.0.1:9/nowhere as user 'someone'");
      assertThat(log).doesNotContain("s3cret-value");
    }
  }

  /** Bootstrap admin, a region, a mentor and a self-registered trainee; returns the mentor. */
  private static String journeyOnFirstStart(String name, Path dataDir, Map<String, String> env) {
    try (TestServer server = TestServer.start(name, dataDir, env)) {
      Api admin = Api.as(server, ROOT, ROOT_PASSWORD);
      assertThat(admin.get("/me").json().path("roles").toString())
          .isEqualTo("[\"ADMIN\",\"TRAINEE\"]");
      assertThat(admin.post("/admin/regions", Map.of("code", "wales", "name", "Wales")).status())
          .isEqualTo(201);
      String email = Accounts.uniqueEmail("persisted");
      Api.Reply created =
          admin.post(
              "/admin/accounts",
              Map.of(
                  "email",
                  email,
                  "password",
                  "rivers and hills",
                  "displayName",
                  "Pat P.",
                  "region",
                  "wales",
                  "roles",
                  List.of("MENTOR")));
      assertThat(created.status()).as(created.body()).isEqualTo(201);
      Api.Reply registered =
          Api.anonymous(server)
              .post(
                  "/accounts",
                  Map.of(
                      "email",
                      Accounts.uniqueEmail("self"),
                      "password",
                      "rivers and hills",
                      "displayName",
                      "Sel F.",
                      "region",
                      "wales"));
      assertThat(registered.status()).isEqualTo(201);
      Api.Reply wrong = Api.as(server, email, "not my password").get("/me");
      assertThat(wrong.status()).isEqualTo(401);
      takeTheWelcomeQuiz(server, Api.as(server, email, "rivers and hills"));
      JsonNode statistics = admin.get("/coordinator/quizzes/welcome/statistics").json();
      assertThat(statistics.path("attempts").asLong()).isEqualTo(1);
      assertThat(statistics.path("items")).hasSize(10);
      assertThat(statistics.path("areas").get(0).path("area").asText()).isEqualTo("program");
      return email;
    }
  }

  /** Enrols, reads the first module and submits its quiz with one answer saved. */
  private static void takeTheWelcomeQuiz(TestServer server, Api me) {
    assertThat(me.post("/courses/facilitator/enrollments", "").status()).isEqualTo(201);
    for (JsonNode c : Api.anonymous(server).get("/courses").json()) {
      if (c.path("id").asText().equals("facilitator")) {
        for (JsonNode lesson : c.path("modules").get(0).path("lessons")) {
          me.post("/lessons/" + lesson.path("id").asText() + "/completion", "");
        }
      }
    }
    JsonNode attempt = me.post("/quizzes/welcome/attempts", "").json();
    String id = attempt.path("attemptId").asText();
    JsonNode first = attempt.path("questions").get(0);
    Map<String, Object> someAnswer =
        switch (first.path("type").asText()) {
          case "single" -> Map.of("optionId", first.path("options").get(0).path("id").asText());
          case "multiple" ->
              Map.of("optionIds", List.of(first.path("options").get(0).path("id").asText()));
          case "order" -> Map.of("order", first.path("items").findValuesAsText("id"));
          case "match" -> Map.of("matches", Map.of());
          default -> Map.of("value", true);
        };
    assertThat(me.put("/attempts/" + id + "/responses/1", someAnswer).status()).isEqualTo(204);
    Api.Reply result = me.post("/attempts/" + id + "/submission", "");
    assertThat(result.status()).as(result.body()).isEqualTo(200);
  }

  private static void assertSurvivesRestart(
      String name, Path dataDir, Map<String, String> env, String email) {
    try (TestServer server = TestServer.start(name, dataDir, env)) {
      Api.Reply me = Api.as(server, email, "rivers and hills").get("/me");
      assertThat(me.status()).isEqualTo(200);
      assertThat(me.json().path("region").asText()).isEqualTo("wales");
      assertThat(me.json().path("roles").toString()).isEqualTo("[\"MENTOR\",\"TRAINEE\"]");
      Api.Reply audit = Api.as(server, ROOT, ROOT_PASSWORD).get("/admin/audit");
      assertThat(audit.json().findValuesAsText("action"))
          .contains("region.added", "sign-in.failed");
      assertThat(server.log()).doesNotContain("Created the administrator");
      JsonNode attempts = Api.as(server, email, "rivers and hills").get("/me/attempts").json();
      assertThat(attempts.findValuesAsText("state")).containsExactly("FINISHED");
    }
  }
}
