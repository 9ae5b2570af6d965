package org.facilitatoracademy.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.facilitatoracademy.it.Credentialed.Person;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A person's data export gathers what every context holds about them; closing the account applies
 * the retention rule of the README ("Privacy and retention"), against a running server.
 */
class PersonalDataIT {

  private static final String COURSE = "facilitator";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static TestServer server;
  private static Api coordinator;
  private static Api mentor;

  @BeforeAll
  static void start() {
    server = TestServer.shared();
    coordinator = Api.as(server, Accounts.COORDINATOR, Accounts.PASSWORD);
    mentor = Api.as(server, "mentor@demo.academy", Accounts.PASSWORD);
  }

  /** Verification look-ups from an address of this test's own, so no other test's count it. */
  private static LoopbackClient verifier() {
    return LoopbackClient.from(server, "127.0.9.1");
  }

  private static JsonNode verify(String code) {
    LoopbackClient.Reply reply = verifier().get("/api/v1/verifications/" + code);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    try {
      return JSON.readTree(reply.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A facilitator who studies, took a quiz, accepted an agreement, had a practicum entry signed,
   * leads a meeting and whose certificate was checked once.
   */
  private static Person activePerson(String displayName, String meetingId) {
    Person person = Credentialed.active(server, "FACILITATOR", displayName);
    Api api = person.api(server);
    assertThat(api.post("/courses/" + COURSE + "/enrollments", "").status()).isEqualTo(201);
    JsonNode firstModule = courseOf(COURSE).path("modules").get(0);
    for (JsonNode lesson : firstModule.path("lessons")) {
      Api.Reply done =
          api.post("/lessons/" + lesson.path("id").asText() + "/completion?course=" + COURSE, "");
      assertThat(done.status()).as(done.body()).isEqualTo(204);
    }
    Api.Reply attempt =
        api.post(
            "/quizzes/" + firstModule.path("quiz").asText() + "/attempts?course=" + COURSE, "");
    assertThat(attempt.status()).as(attempt.body()).isEqualTo(201);
    Api.Reply graded =
        api.post("/attempts/" + attempt.json().path("attemptId").asText() + "/submission", "");
    assertThat(graded.status()).as(graded.body()).isEqualTo(200);
    assertThat(api.post("/me/agreements", Map.of("agreement", "code-of-conduct")).status())
        .isEqualTo(201);
    Api.Reply signed =
        mentor.post(
            "/practicum/" + person.id() + "/entries",
            Map.of(
                "kind",
                "ROLE_PLAY",
                "date",
                LocalDate.now().toString(),
                "note",
                "Kept the role-play on the tools"));
    assertThat(signed.status()).as(signed.body()).isEqualTo(201);
    Api.Reply assigned =
        coordinator.put(
            "/coordinator/meetings/" + meetingId + "/leader", Map.of("accountId", person.id()));
    assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
    return person;
  }

  private static JsonNode courseOf(String courseId) {
    for (JsonNode c : Api.anonymous(server).get("/courses").json()) {
      if (c.path("id").asText().equals(courseId)) {
        return c;
      }
    }
    throw new AssertionError("No course " + courseId);
  }

  private static String createMeeting() {
    Api.Reply created =
        coordinator.post(
            "/coordinator/meetings",
            MeetingsApiIT.meeting("Privacy " + System.nanoTime(), "FOUR_POINT", "north-west"));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().path("id").asText();
  }

  private static String certificateCode(Person person) {
    return person.api(server).get("/me/certificates").json().get(0).path("code").asText();
  }

  @Test
  void theExportHasASectionForEveryContextAndKeepsTheAccountsOwnKeys() {
    String meetingId = createMeeting();
    Person person = activePerson("Ana E.", meetingId);
    String code = certificateCode(person);
    verify(code);

    Api.Reply reply = person.api(server).get("/me/export");

    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    JsonNode export = reply.json();
    assertThat(export.path("id").asText()).isEqualTo(person.id());
    assertThat(export.path("email").asText()).isEqualTo(person.email());
    assertThat(export.path("displayName").asText()).isEqualTo("Ana E.");
    assertThat(export.path("region").asText()).isEqualTo("north-west");

    JsonNode course = export.path("courses").get(0);
    assertThat(course.path("course").asText()).isEqualTo(COURSE);
    assertThat(course.path("round").asInt()).isEqualTo(1);
    assertThat(course.path("percent").asInt()).isPositive();
    assertThat(course.path("lessonsCompleted").size())
        .isEqualTo(courseOf(COURSE).path("modules").get(0).path("lessons").size());
    assertThat(course.path("lessonsCompleted").get(0).path("contentVersion").asText()).isNotBlank();
    assertThat(course.path("lessonsCompleted").get(0).path("completedAt").asText()).isNotBlank();

    JsonNode attempt = export.path("quizAttempts").get(0);
    assertThat(attempt.path("quiz").asText())
        .isEqualTo(courseOf(COURSE).path("modules").get(0).path("quiz").asText());
    assertThat(attempt.path("number").asInt()).isEqualTo(1);
    assertThat(attempt.path("state").asText()).isEqualTo("FINISHED");
    assertThat(attempt.path("passed").asBoolean()).isFalse();
    assertThat(attempt.has("percent")).isTrue();
    assertThat(export.path("quizAttempts").toString())
        .as("never the key")
        .doesNotContain("\"correct\"")
        .doesNotContain("explanation");

    JsonNode certification = export.path("certification");
    assertThat(certification.path("agreements").get(0).path("agreement").asText())
        .isEqualTo("code-of-conduct");
    assertThat(certification.path("practicum").get(0).path("kind").asText()).isEqualTo("ROLE_PLAY");
    assertThat(certification.path("practicum").get(0).path("note").asText())
        .isEqualTo("Kept the role-play on the tools");
    JsonNode certificate = certification.path("certificates").get(0);
    assertThat(certificate.path("code").asText()).isEqualTo(code);
    assertThat(certificate.path("number").asText()).isNotBlank();
    assertThat(certificate.path("status").asText()).isEqualTo("ACTIVE");
    assertThat(certificate.path("imported").asBoolean()).isTrue();

    JsonNode check = export.path("verifications").get(0);
    assertThat(check.path("code").asText()).isEqualTo(code);
    assertThat(check.path("channel").asText()).isEqualTo("API");
    assertThat(check.path("checkedAt").asText()).isNotBlank();

    JsonNode duty = export.path("meetings").get(0);
    assertThat(duty.path("meetingId").asText()).isEqualTo(meetingId);
    assertThat(duty.path("duty").asText()).isEqualTo("LEADER");
    assertThat(duty.path("endedAt").isMissingNode() || duty.path("endedAt").isNull()).isTrue();
  }

  @Test
  void closingTheAccountLeavesANamelessInactiveRecordEndsTheDutiesAndErasesTheRest() {
    String meetingId = createMeeting();
    Person leaving = activePerson("Lee V.", meetingId);
    Person staying = Credentialed.active(server, "FACILITATOR", "Sta Y.");
    assertThat(staying.api(server).post("/courses/" + COURSE + "/enrollments", "").status())
        .isEqualTo(201);
    String code = certificateCode(leaving);
    String certificateId = Credentialed.certificateOf(server, leaving);
    assertThat(verify(code).path("displayName").asText()).isEqualTo("Lee V.");

    Api.anonymous(server).post("/password-resets", Map.of("email", leaving.email()));
    String resetLink = Mailbox.link(Mailbox.shared().awaitMessage(leaving.email(), "Reset your"));

    assertThat(leaving.api(server).delete("/me").status()).isEqualTo(204);

    JsonNode verified = verify(code);
    assertThat(verified.path("status").asText()).isEqualTo("INACTIVE");
    assertThat(verified.path("displayName").asText()).isEqualTo("Name withheld");
    assertThat(verified.toString()).doesNotContain("Lee V.");
    assertThat(verified.path("credential").asText()).isEqualTo("FACILITATOR");
    LoopbackClient.Reply page = verifier().get("/verify/" + code);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("Name withheld").doesNotContain("Lee V.");

    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                coordinator
                    .get("/coordinator/meetings/" + meetingId)
                    .json()
                    .path("needsLeader")
                    .asBoolean());
    JsonNode history = coordinator.get("/coordinator/meetings/" + meetingId + "/history").json();
    assertThat(history.get(0).path("endReason").asText()).isEqualTo("LAPSED");

    Api.Reply record = coordinator.get("/certificates/" + certificateId);
    assertThat(record.status()).as(record.body()).isEqualTo(200);
    assertThat(record.json().path("status").asText()).isEqualTo("INACTIVE");
    assertThat(record.body()).as("the record keeps no name").doesNotContain("Lee V.");
    Api.Reply reactivate =
        coordinator.post(
            "/coordinator/certificates/" + certificateId + "/status",
            Map.of("status", "ACTIVE", "reason", "Trying to bring it back"));
    assertThat(reactivate.status()).isEqualTo(409);
    assertThat(reactivate.error()).isEqualTo("holder-account-closed");

    assertThat(leaving.api(server).get("/me").status()).isEqualTo(401);
    Api.Reply reset =
        Api.anonymous(server)
            .post(
                "/password-resets/confirmation",
                Map.of(
                    "token",
                    resetLink.substring(resetLink.indexOf("token=") + "token=".length()),
                    "password",
                    "a brand new evening"));
    assertThat(reset.status()).as("mailed links die with the account").isEqualTo(422);
    assertThat(reset.error()).isEqualTo("invalid-link");
    assertThat(leaving.api(server).get("/me/export").status()).isEqualTo(401);

    JsonNode other = staying.api(server).get("/me/export").json();
    assertThat(other.path("displayName").asText()).isEqualTo("Sta Y.");
    assertThat(other.path("courses").get(0).path("course").asText()).isEqualTo(COURSE);
    assertThat(other.path("certification").path("certificates").get(0).path("status").asText())
        .isEqualTo("ACTIVE");
  }
}
