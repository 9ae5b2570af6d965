package org.facilitatoracademy.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The agreements are versioned texts: accepting one records the version read, and a new version of
 * the text is asked for again, by the application's unmet list and by the renewal checklist.
 */
class AgreementVersionsApiIT {

  private static final String PASSWORD = "correct horse battery";
  private static final String CONDUCT = "modules/agreements/code-of-conduct.md";

  private static TestServer server;
  private static Api admin;

  @BeforeAll
  static void start() {
    server = TestServer.shared();
    admin = Api.as(server, Accounts.ADMIN, Accounts.PASSWORD);
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static JsonNode statusOf(Api person, String agreement) {
    for (JsonNode status : person.get("/me/agreements").json()) {
      if (status.path("agreement").asText().equals(agreement)) {
        return status;
      }
    }
    throw new AssertionError("no status of " + agreement);
  }

  private static List<String> applicationUnmet(Api person) {
    Api.Reply refused =
        person.post("/certification/applications", Map.of("credential", "FACILITATOR"));
    assertThat(refused.status()).as(refused.body()).isEqualTo(422);
    return texts(refused.json().path("unmet"));
  }

  private static void reload() {
    Api.Reply report = admin.post("/admin/content/reload", "");
    assertThat(report.status()).isEqualTo(200);
    assertThat(report.json().path("errors")).as(report.body()).isEmpty();
  }

  @Test
  void theTextOfEachAgreementIsPublicWithItsVersion() {
    Api.Reply conduct = Api.anonymous(server).get("/agreements/code-of-conduct");

    assertThat(conduct.status()).isEqualTo(200);
    assertThat(conduct.json().path("title").asText()).isNotBlank();
    assertThat(conduct.json().path("version").asText()).isNotBlank();
    assertThat(conduct.json().path("html").asText()).contains("<h2>").contains("peer");
    assertThat(
            Api.anonymous(server).get("/agreements/confidentiality").json().path("html").asText())
        .contains("serious harm");
    assertThat(Api.anonymous(server).get("/agreements/no-such-agreement").status()).isEqualTo(404);
  }

  @Test
  void aNewVersionOfATextIsAskedForAgainBeforeApplyingAndAtRenewal() throws Exception {
    String email = Accounts.createTrainee(server, "versions", PASSWORD);
    Api person = Api.as(server, email, PASSWORD);
    String version =
        Api.anonymous(server).get("/agreements/code-of-conduct").json().path("version").asText();
    Api.Reply importReport =
        admin.post(
            "/admin/certificates/import",
            "text/csv",
            email
                + ",Held H.,north-west,HOST,"
                + LocalDate.now().minusMonths(23)
                + ","
                + LocalDate.now().plusDays(30)
                + "\n");
    assertThat(importReport.json().path("imported").asInt()).as(importReport.body()).isEqualTo(1);
    String certificate = person.get("/me/certificates").json().get(0).path("id").asText();

    Api.Reply accepted = person.post("/me/agreements", Map.of("agreement", "code-of-conduct"));
    assertThat(accepted.status()).isEqualTo(201);
    assertThat(accepted.json().path("version").asText()).isEqualTo(version);
    assertThat(person.post("/me/agreements", Map.of("agreement", "confidentiality")).status())
        .isEqualTo(201);
    assertThat(statusOf(person, "code-of-conduct").path("acceptedVersion").asText())
        .isEqualTo(version);
    assertThat(applicationUnmet(person))
        .doesNotContain("agreement:code-of-conduct", "agreement:confidentiality");
    assertThat(texts(person.get("/certificates/" + certificate + "/renewal").json().path("unmet")))
        .doesNotContain("agreement:code-of-conduct", "agreement:confidentiality");

    Path file = ContentCopy.file(CONDUCT);
    String text = Files.readString(file);
    try {
      Files.writeString(file, text.replace("version: \"" + version + "\"", "version: \"9999.1\""));
      reload();

      JsonNode status = statusOf(person, "code-of-conduct");
      assertThat(status.path("acceptedVersion").asText()).isEqualTo(version);
      assertThat(status.path("currentVersion").asText()).isEqualTo("9999.1");
      assertThat(applicationUnmet(person))
          .contains("agreement:code-of-conduct")
          .doesNotContain("agreement:confidentiality");
      assertThat(
              texts(person.get("/certificates/" + certificate + "/renewal").json().path("unmet")))
          .contains("agreement:code-of-conduct")
          .doesNotContain("agreement:confidentiality");

      Api.Reply again = person.post("/me/agreements", Map.of("agreement", "code-of-conduct"));
      assertThat(again.json().path("version").asText()).isEqualTo("9999.1");
      assertThat(applicationUnmet(person)).doesNotContain("agreement:code-of-conduct");
      assertThat(
              texts(person.get("/certificates/" + certificate + "/renewal").json().path("unmet")))
          .doesNotContain("agreement:code-of-conduct");
    } finally {
      Files.writeString(file, text);
      reload();
    }
  }
}
