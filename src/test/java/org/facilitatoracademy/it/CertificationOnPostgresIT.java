package org.facilitatoracademy.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Certification's queries, row locks and dates on a real PostgreSQL: import, practicum, status
 * changes with their coordinator-only reasons, leave, appeals, renewal checks and the region-scoped
 * and unscoped lists.
 */
class CertificationOnPostgresIT {

  private static final String PASSWORD = "rivers and hills";

  @Test
  void certificationWorksOnPostgreSql() throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        TestServer server =
            TestServer.start(
                "certification-pg",
                TestServer.freshDirectory("certification-pg"),
                Map.of(
                    "ACADEMY_DB_URL",
                    "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres",
                    "ACADEMY_DB_USER",
                    "postgres",
                    "ACADEMY_DB_PASSWORD",
                    "postgres",
                    "ACADEMY_DEMO",
                    "true"))) {
      Api admin = Api.as(server, Accounts.ADMIN, Accounts.PASSWORD);
      Api coordinator = Api.as(server, Accounts.COORDINATOR, Accounts.PASSWORD);
      Api mentor = Api.as(server, "mentor@demo.academy", Accounts.PASSWORD);
      String holderEmail = Accounts.createTrainee(server, "pg-holder", PASSWORD);
      Api holder = Api.as(server, holderEmail, PASSWORD);
      String newcomer = Accounts.uniqueEmail("pg-newcomer");

      Api.Reply report =
          admin.post(
              "/admin/certificates/import",
              "text/csv",
              holderEmail
                  + ",Pg P.,north-west,FACILITATOR,"
                  + LocalDate.now().minusMonths(1)
                  + ","
                  + LocalDate.now().plusMonths(23)
                  + "\n"
                  + newcomer
                  + ",New N.,scotland,HOST,2024-01-01,2025-01-01\n"
                  + "broken line\n");
      assertThat(report.json().path("imported").asInt()).as(report.body()).isEqualTo(2);
      assertThat(report.json().path("errors").get(0).path("line").asInt()).isEqualTo(3);
      String id = holder.get("/me/certificates").json().get(0).path("id").asText();
      assertThat(mentor.get("/me/certificates").json().get(0).path("status").asText())
          .isEqualTo("ACTIVE");

      String trainee = Accounts.createTrainee(server, "pg-trainee", PASSWORD);
      String traineeId = Api.as(server, trainee, PASSWORD).get("/me").json().path("id").asText();
      assertThat(
              mentor
                  .post(
                      "/practicum/" + traineeId + "/entries",
                      Map.of("kind", "ROLE_PLAY", "date", LocalDate.now().toString()))
                  .status())
          .isEqualTo(201);

      Api.Reply suspended =
          coordinator.post(
              "/coordinator/certificates/" + id + "/status",
              Map.of("status", "SUSPENDED", "reason", "Review"));
      assertThat(suspended.status()).as(suspended.body()).isEqualTo(200);
      assertThat(coordinator.get("/coordinator/certificates/" + id + "/reasons").body())
          .contains("Review");
      Api.Reply renamed =
          coordinator.put(
              "/coordinator/certificates/" + id + "/display-name",
              Map.of("displayName", "Pat P.", "reason", "Misspelt at import"));
      assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
      assertThat(coordinator.get("/coordinator/certificates/" + id + "/reasons").body())
          .contains("Pat P.", "Misspelt at import");
      Api.Reply appeal =
          holder.post("/certification/appeals", Map.of("subject", id, "text", "Please review."));
      assertThat(appeal.status()).as(appeal.body()).isEqualTo(201);
      assertThat(admin.get("/coordinator/appeals?status=OPEN").body()).contains(id);
      assertThat(
              admin
                  .post(
                      "/coordinator/appeals/" + appeal.json().path("id").asText() + "/decision",
                      Map.of("decision", "UPHOLD", "comment", "Fine."))
                  .status())
          .isEqualTo(200);
      assertThat(holder.post("/me/certificates/" + id + "/leave", Map.of("onLeave", true)).status())
          .isEqualTo(200);

      assertThat(holder.get("/certificates/" + id + "/renewal").json().path("unmet").toString())
          .contains("renewal-window");
      assertThat(admin.get("/coordinator/certificates").json()).hasSizeGreaterThanOrEqualTo(3);
      assertThat(
              admin
                  .get("/coordinator/certificates?status=INACTIVE&expiringWithinDays=1000&q=fa-")
                  .json()
                  .findValuesAsText("id"))
          .as("the filtered list, built as a criteria query, on PostgreSQL")
          .contains(id);
      assertThat(coordinator.get("/coordinator/certificates").body()).doesNotContain("New N.");
      assertThat(admin.get("/coordinator/applications").status()).isEqualTo(200);
      assertThat(coordinator.get("/coordinator/applications?status=PENDING").status())
          .isEqualTo(200);
      assertThat(holder.download("/certificates/" + id + "/pdf").status()).isEqualTo(200);

      assertThat(holder.get("/me/export").json().path("certification").path("appeals").size())
          .isEqualTo(1);
      assertThat(holder.delete("/me").status()).isEqualTo(204);
      assertThat(coordinator.get("/certificates/" + id).json().path("status").asText())
          .isEqualTo("INACTIVE");
      assertThat(coordinator.get("/coordinator/certificates/" + id + "/reasons").body())
          .as("closing the account erases the reasons about its holder")
          .doesNotContain("Review");

      try (var connection = postgres.getPostgresDatabase().getConnection();
          var rows =
              connection
                  .createStatement()
                  .executeQuery("select count(*) from certificate where imported")) {
        rows.next();
        assertThat(rows.getInt(1)).as("certificates live in PostgreSQL").isGreaterThanOrEqualTo(3);
      }
      assertThat(server.log()).doesNotContain("Internal Exception");
    }
  }
}
