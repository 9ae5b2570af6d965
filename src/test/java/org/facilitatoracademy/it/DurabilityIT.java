package org.facilitatoracademy.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * What the server acknowledged survives the process being killed at once ({@code kill -9}, no
 * shutdown hook, no flush): a burst of writes of every kind, the kill right after the last 200, a
 * restart on the same data, and every write is found — on the default H2 file database and on
 * PostgreSQL.
 */
class DurabilityIT {

  private static final int SUBMISSIONS = 6;

  @Test
  void everyAcknowledgedWriteSurvivesAKillOnTheDefaultH2Database() throws Exception {
    Path data = TestServer.freshDirectory("durability-h2");
    Map<String, String> env = Map.of("ACADEMY_DEMO", "true");
    Burst burst;
    try (TestServer first = TestServer.start("durability-h2", data, env)) {
      burst = Burst.prepare(first);
      burst.fire();
      first.kill();
    }
    try (TestServer again = TestServer.start("durability-h2-restarted", data, env)) {
      burst.assertAllThere(again);
    }
    String url = "jdbc:h2:file:" + data.toAbsolutePath().resolve("academy") + ";MODE=Regular";
    try (Connection db = DriverManager.getConnection(url, "sa", "")) {
      burst.assertMailQueued(db);
    }
  }

  @Test
  void everyAcknowledgedWriteSurvivesAKillOnPostgreSql() throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      Path data = TestServer.freshDirectory("durability-pg");
      Map<String, String> env =
          Map.of(
              "ACADEMY_DB_URL",
              "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres",
              "ACADEMY_DB_USER",
              "postgres",
              "ACADEMY_DB_PASSWORD",
              "postgres",
              "ACADEMY_DEMO",
              "true");
      Burst burst;
      try (TestServer first = TestServer.start("durability-pg", data, env)) {
        burst = Burst.prepare(first);
        burst.fire();
        first.kill();
      }
      try (TestServer again = TestServer.start("durability-pg-restarted", data, env);
          Connection db = postgres.getPostgresDatabase().getConnection()) {
        burst.assertAllThere(again);
        burst.assertMailQueued(db);
      }
    }
  }

  /** The writes: prepared slowly, then fired as fast as the server acknowledges them. */
  private static final class Burst {

    private final TestServer server;
    private final List<Api> takers = new ArrayList<>();
    private final List<String> attempts = new ArrayList<>();
    private final Map<String, String> graded = new HashMap<>();
    private String application;
    private String certificate;
    private final String resetFor;

    private Burst(TestServer server, String resetFor) {
      this.server = server;
      this.resetFor = resetFor;
    }

    static Burst prepare(TestServer server) {
      Burst burst = new Burst(server, Accounts.createTrainee(server, "reset", Trainees.PASSWORD));
      for (int i = 0; i < SUBMISSIONS; i++) {
        Api taker =
            Trainees.api(server, Trainees.withFirstModuleRead(server, "durable", "facilitator"));
        Api.Reply started = taker.post("/quizzes/welcome/attempts?course=facilitator", Map.of());
        assertThat(started.status()).as(started.body()).isIn(200, 201);
        burst.takers.add(taker);
        burst.attempts.add(started.json().path("attemptId").asText());
      }
      Api coordinator = Api.as(server, Accounts.COORDINATOR, Accounts.PASSWORD);
      burst.application =
          await()
              .atMost(Duration.ofSeconds(60))
              .until(
                  () -> pendingApplication(coordinator.get("/coordinator/applications")),
                  id -> id != null);
      burst.certificate =
          Api.as(server, "mentor@demo.academy", Accounts.PASSWORD)
              .get("/me/certificates")
              .json()
              .get(0)
              .path("id")
              .asText();
      return burst;
    }

    /** Every write at once, the last one right before the kill. */
    void fire() {
      List<CompletableFuture<Api.Reply>> submissions = new ArrayList<>();
      for (int i = 0; i < SUBMISSIONS; i++) {
        Api taker = takers.get(i);
        String attempt = attempts.get(i);
        submissions.add(
            CompletableFuture.supplyAsync(
                () -> taker.post("/attempts/" + attempt + "/submission", Map.of())));
      }
      Api coordinator = Api.as(server, Accounts.COORDINATOR, Accounts.PASSWORD);
      Api.Reply decided =
          coordinator.post(
              "/coordinator/applications/" + application + "/decision",
              Map.of("decision", "APPROVE", "comment", "Well prepared."));
      Api.Reply suspended =
          coordinator.post(
              "/coordinator/certificates/" + certificate + "/status",
              Map.of("status", "SUSPENDED", "reason", "Complaint under review"));
      for (int i = 0; i < SUBMISSIONS; i++) {
        Api.Reply submitted = submissions.get(i).join();
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        graded.put(attempts.get(i), submitted.json().path("score").asText());
      }
      Api.Reply reset = Api.anonymous(server).post("/password-resets", Map.of("email", resetFor));
      assertThat(decided.status()).as(decided.body()).isEqualTo(200);
      assertThat(suspended.status()).as(suspended.body()).isEqualTo(200);
      assertThat(reset.status()).as(reset.body()).isBetween(200, 204);
    }

    void assertAllThere(TestServer restarted) {
      for (int i = 0; i < SUBMISSIONS; i++) {
        Api taker = takers.get(i).on(restarted);
        JsonNode attempt = taker.get("/attempts/" + attempts.get(i)).json();
        assertThat(attempt.path("state").asText())
            .as("submission %d of %d, acknowledged before the kill", i + 1, SUBMISSIONS)
            .isEqualTo("FINISHED");
        assertThat(attempt.path("result").path("score").asText())
            .isEqualTo(graded.get(attempts.get(i)));
      }
      Api coordinator = Api.as(restarted, Accounts.COORDINATOR, Accounts.PASSWORD);
      assertThat(
              coordinator
                  .get("/certification/applications/" + application)
                  .json()
                  .path("status")
                  .asText())
          .isEqualTo("APPROVED");
      assertThat(
              Api.as(restarted, "mentor@demo.academy", Accounts.PASSWORD)
                  .get("/me/certificates")
                  .json()
                  .get(0)
                  .path("status")
                  .asText())
          .isEqualTo("SUSPENDED");
    }

    void assertMailQueued(Connection db) throws Exception {
      try (PreparedStatement query =
          db.prepareStatement("select count(*) from outbox_message where recipient = ?")) {
        query.setString(1, resetFor);
        try (ResultSet count = query.executeQuery()) {
          count.next();
          assertThat(count.getInt(1)).as("the password reset mail in the outbox").isEqualTo(1);
        }
      }
    }

    private static String pendingApplication(Api.Reply queue) {
      for (JsonNode application : queue.json()) {
        if (application.path("status").asText().equals("PENDING")) {
          return application.path("id").asText();
        }
      }
      return null;
    }
  }
}
