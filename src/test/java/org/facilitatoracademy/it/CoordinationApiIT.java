package org.facilitatoracademy.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.facilitatoracademy.it.Credentialed.Person;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The coordinator's dashboard and exports against a region of its own, seeded only through the API:
 * a trainee at every step of the funnel, a certificate that expires in 20 days, a meeting that
 * hangs on that one leader.
 */
class CoordinationApiIT {

  private static final String AWKWARD_NAME = "Zoë \"Zed\", Ábaco";

  private static TestServer server;
  private static Api admin;
  private static String region;
  private static Api coordinator;
  private static Person enrolled;
  private static Person applicant;
  private static Person expiring;
  private static Person standIn;
  private static String meetingId;
  private static String applicationId;

  @BeforeAll
  static void seedARegion() {
    server = TestServer.shared();
    admin = Api.as(server, Accounts.ADMIN, Accounts.PASSWORD);
    region = "dash-" + Long.toString(System.nanoTime(), 36);
    assertThat(
            admin
                .post("/admin/regions", Map.of("code", region, "name", "Dashboard Dales"))
                .status())
        .isEqualTo(201);
    String coordinatorEmail = Accounts.uniqueEmail("dash-coordinator");
    Api.Reply made =
        admin.post(
            "/admin/accounts",
            Map.of(
                "email",
                coordinatorEmail,
                "password",
                Credentialed.PASSWORD,
                "displayName",
                "Dash C.",
                "region",
                region,
                "roles",
                List.of("COORDINATOR")));
    assertThat(made.status()).as(made.body()).isEqualTo(201);
    coordinator = Api.as(server, coordinatorEmail, Credentialed.PASSWORD);
    String coordinatorId = made.json().path("id").asText();

    enrolled = Credentialed.trainee(server, region, AWKWARD_NAME);
    assertThat(enrolled.api(server).post("/courses/facilitator/enrollments", Map.of()).status())
        .isEqualTo(201);

    applicant = Credentialed.trainee(server, region, "Daleapply A.");
    CourseCompleter.complete(applicant.api(server), "facilitator");
    String adminId = admin.get("/me").json().path("id").asText();
    String path = "/practicum/" + applicant.id() + "/entries";
    for (String leader : List.of(coordinatorId, adminId)) {
      signed(path, Map.of("kind", "OBSERVED_MEETING", "date", today(), "leaderAccountId", leader));
    }
    signed(path, Map.of("kind", "ROLE_PLAY", "date", today()));
    Map<String, Boolean> checklist = new HashMap<>();
    for (String item :
        List.of(
            "openingStatement",
            "timekeeping",
            "toolUse",
            "handlingAdviceGiving",
            "confidentialityReminder",
            "checkOut")) {
      checklist.put(item, true);
    }
    for (int i = 0; i < 2; i++) {
      signed(path, Map.of("kind", "CO_FACILITATED", "date", today(), "checklist", checklist));
    }
    for (String agreement : List.of("code-of-conduct", "confidentiality")) {
      assertThat(
              applicant.api(server).post("/me/agreements", Map.of("agreement", agreement)).status())
          .isEqualTo(201);
    }
    Api.Reply applied =
        applicant
            .api(server)
            .post("/certification/applications", Map.of("credential", "FACILITATOR"));
    assertThat(applied.status()).as(applied.body()).isEqualTo(201);
    applicationId = applied.json().path("id").asText();

    LocalDate now = LocalDate.now();
    expiring = Credentialed.trainee(server, region, "Dalesoon S.");
    Credentialed.importCertificate(
        server, expiring, region, "FACILITATOR", now.minusYears(2).plusDays(20), now.plusDays(20));
    standIn = Credentialed.trainee(server, region, "Daleready R.");
    Credentialed.importCertificate(
        server, standIn, region, "FACILITATOR", now.minusMonths(3), now.plusDays(300));

    Api.Reply meeting =
        coordinator.post(
            "/coordinator/meetings", MeetingsApiIT.meeting("Dales Tuesday", "FOUR_POINT", region));
    assertThat(meeting.status()).as(meeting.body()).isEqualTo(201);
    meetingId = meeting.json().path("id").asText();
    Api.Reply led =
        coordinator.put(
            "/coordinator/meetings/" + meetingId + "/leader", Map.of("accountId", expiring.id()));
    assertThat(led.status()).as(led.body()).isEqualTo(200);
  }

  private static void signed(String path, Map<String, Object> entry) {
    Api.Reply reply = coordinator.post(path, entry);
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
  }

  private static String today() {
    return LocalDate.now().toString();
  }

  @Test
  void theDashboardCountsEveryStepOfTheRegionsFunnel() {
    Api.Reply reply = coordinator.get("/coordinator/dashboard");

    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    JsonNode d = reply.json();
    assertThat(d.path("region").asText()).isEqualTo(region);
    assertThat(d.path("regionName").asText()).isEqualTo("Dashboard Dales");
    JsonNode funnel = d.path("funnel");
    assertThat(funnel.path("enrolled").asInt()).isEqualTo(2);
    assertThat(funnel.path("modulesDone").asInt()).isEqualTo(1);
    assertThat(funnel.path("examPassed").asInt()).isEqualTo(1);
    assertThat(funnel.path("practicumDone").asInt()).isEqualTo(1);
    assertThat(funnel.path("applied").asInt()).isEqualTo(1);
    assertThat(funnel.path("certified").asInt()).isEqualTo(2);
  }

  @Test
  void theDashboardShowsPassRatesExpiryMeetingsAtRiskAndWaitingApplications() {
    JsonNode d = coordinator.get("/coordinator/dashboard").json();

    JsonNode exam = null;
    for (JsonNode quiz : d.path("quizzes")) {
      if (quiz.path("quizId").asText().equals("facilitator-exam")) {
        exam = quiz;
      }
    }
    assertThat(exam).as(d.path("quizzes").toString()).isNotNull();
    assertThat(exam.path("attempts").asInt()).isGreaterThanOrEqualTo(1);
    assertThat(exam.path("passRate").asDouble())
        .isEqualTo(exam.path("passed").asDouble() / exam.path("attempts").asDouble());
    assertThat(exam.path("passed").asInt()).isGreaterThanOrEqualTo(1);

    assertThat(d.path("expiring").path("within30").asLong()).isEqualTo(1);
    assertThat(d.path("expiring").path("within60").asLong()).isEqualTo(1);
    assertThat(d.path("expiring").path("within90").asLong()).isEqualTo(1);

    assertThat(d.path("meetingsAtRisk")).hasSize(1);
    JsonNode risk = d.path("meetingsAtRisk").get(0);
    assertThat(risk.path("meetingId").asText()).isEqualTo(meetingId);
    assertThat(texts(risk.path("reasons")))
        .containsExactlyInAnyOrder("SINGLE_LEADER", "LEADER_EXPIRING");
    assertThat(risk.path("standIns").findValuesAsText("accountId")).containsExactly(standIn.id());

    assertThat(d.path("applicationsWaiting")).hasSize(1);
    assertThat(d.path("applicationsWaiting").get(0).path("id").asText()).isEqualTo(applicationId);
    assertThat(d.path("applicationsWaiting").get(0).path("days").asLong()).isZero();
  }

  @Test
  void anotherRegionsCoordinatorIsRefusedAndAnAdministratorChoosesTheRegion() {
    Api northWest = Api.as(server, Accounts.COORDINATOR, Accounts.PASSWORD);
    Api.Reply refused = northWest.get("/coordinator/dashboard?region=" + region);
    assertThat(refused.status()).isEqualTo(404);
    assertThat(northWest.get("/coordinator/exports/progress.csv?region=" + region).status())
        .isEqualTo(404);
    assertThat(northWest.download("/coordinator/exports/meetings.csv?region=" + region).status())
        .isEqualTo(404);
    assertThat(enrolled.api(server).get("/coordinator/dashboard").status()).isEqualTo(403);
    assertThat(admin.get("/coordinator/dashboard?region=no-such-region").status()).isEqualTo(404);

    JsonNode chosen = admin.get("/coordinator/dashboard?region=" + region).json();
    assertThat(chosen.path("funnel"))
        .isEqualTo(coordinator.get("/coordinator/dashboard").json().path("funnel"));
    JsonNode everyRegion = admin.get("/coordinator/dashboard").json();
    assertThat(everyRegion.path("region").isTextual()).as("no region: every region").isFalse();
    assertThat(everyRegion.path("funnel").path("enrolled").asInt())
        .isGreaterThan(chosen.path("funnel").path("enrolled").asInt());
  }

  @Test
  void theProgressExportRoundTripsANameWithACommaAQuoteAndAnAccent() {
    Api.Download csv = coordinator.download("/coordinator/exports/progress.csv");

    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.contentType()).startsWith("text/csv").containsIgnoringCase("charset=UTF-8");
    assertThat(Arrays.copyOf(csv.body(), 3))
        .as("a byte order mark so spreadsheets read UTF-8")
        .isEqualTo(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    String text = new String(csv.body(), StandardCharsets.UTF_8).substring(1);
    List<List<String>> records = StrictCsv.parse(text);
    assertThat(records.get(0))
        .containsExactly(
            "name",
            "region",
            "course",
            "percent",
            "modulesDone",
            "modulesTotal",
            "examPassed",
            "practicumDone",
            "applied",
            "certified");
    List<String> awkward = row(records, AWKWARD_NAME);
    assertThat(awkward.get(1)).isEqualTo("Dashboard Dales");
    assertThat(awkward.get(2)).isEqualTo("Facilitator");
    List<String> done = row(records, "Daleapply A.");
    assertThat(done.subList(6, 10)).containsExactly("yes", "yes", "yes", "no");
    assertThat(text).doesNotContain("Sam T.").doesNotContain("Jordan P.");
    assertThat(records.stream().skip(1).map(r -> r.get(1))).containsOnly("Dashboard Dales");

    // The same file through a second reader, the library a spreadsheet user's script might use.
    List<String> names = new ArrayList<>();
    try {
      for (CSVRecord r :
          CSVFormat.RFC4180
              .builder()
              .setHeader()
              .setSkipHeaderRecord(true)
              .get()
              .parse(new java.io.StringReader(text))) {
        names.add(r.get("name"));
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    assertThat(names).contains(AWKWARD_NAME, "Daleapply A.", "Dalesoon S.", "Daleready R.");
  }

  @Test
  void certificateAndMeetingExportsKeepToTheRegionAndAreAudited() {
    String certificates = csvText(coordinator, "/coordinator/exports/certificates.csv");
    List<List<String>> rows = StrictCsv.parse(certificates);
    assertThat(rows.get(0))
        .startsWith("number", "code", "credential", "holder", "region", "status");
    assertThat(rows.stream().skip(1).map(r -> r.get(3)))
        .containsExactlyInAnyOrder("Dalesoon S.", "Daleready R.");
    assertThat(certificates).doesNotContainIgnoringCase("reason").doesNotContain("Morgan M.");

    String meetings = csvText(coordinator, "/coordinator/exports/meetings.csv");
    List<List<String>> meetingRows = StrictCsv.parse(meetings);
    assertThat(meetingRows).hasSize(2);
    assertThat(meetingRows.get(1).get(0)).isEqualTo(meetingId);
    assertThat(meetingRows.get(1).get(10)).isEqualTo("Dalesoon S.");
    assertThat(meetings).doesNotContain("Manchester");

    String northWest =
        csvText(
            Api.as(server, Accounts.COORDINATOR, Accounts.PASSWORD),
            "/coordinator/exports/certificates.csv");
    assertThat(northWest).doesNotContain("Dalesoon S.").doesNotContain("Dashboard Dales");

    Api.Reply audit = admin.get("/admin/audit?from=" + LocalDate.now().minusDays(1));
    assertThat(audit.body())
        .contains("export.certificates")
        .contains("export.meetings")
        .contains(region);
  }

  private static String csvText(Api who, String path) {
    Api.Download csv = who.download(path);
    assertThat(csv.status()).isEqualTo(200);
    String text = new String(csv.body(), StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFF");
    return text.substring(1);
  }

  private static List<String> row(List<List<String>> records, String name) {
    return records.stream()
        .filter(r -> r.get(0).equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " not in " + records));
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
