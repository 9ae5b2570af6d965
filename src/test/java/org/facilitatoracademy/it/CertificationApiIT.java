package org.facilitatoracademy.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The certification part of the REST contract, black-box against the running application. */
class CertificationApiIT {

  private static final String PASSWORD = "correct horse battery";
  private static final String SCOTLAND = "coordinator.scotland@demo.academy";
  private static final String MENTOR = "mentor@demo.academy";

  private static TestServer server;
  private static Api admin;
  private static Api coordinator;
  private static Api scotland;
  private static Api mentor;

  @BeforeAll
  static void start() {
    server = TestServer.shared();
    admin = Api.as(server, Accounts.ADMIN, Accounts.PASSWORD);
    coordinator = Api.as(server, Accounts.COORDINATOR, Accounts.PASSWORD);
    scotland = Api.as(server, SCOTLAND, Accounts.PASSWORD);
    mentor = Api.as(server, MENTOR, Accounts.PASSWORD);
  }

  /** A trainee of north-west with a password the test knows. */
  private record Person(String email, String id, Api api) {}

  private static Person trainee(String prefix) {
    String email = Accounts.createTrainee(server, prefix, PASSWORD);
    Api api = Api.as(server, email, PASSWORD);
    return new Person(email, api.get("/me").json().path("id").asText(), api);
  }

  /** Gives the person an imported certificate and returns its id. */
  private static String certified(Person person, String credential, LocalDate expiresOn) {
    Api.Reply report =
        admin.post(
            "/admin/certificates/import",
            "text/csv",
            person.email()
                + ",Held H.,north-west,"
                + credential
                + ","
                + LocalDate.now().minusMonths(3)
                + ","
                + expiresOn
                + "\n");
    assertThat(report.status()).as(report.body()).isEqualTo(200);
    assertThat(report.json().path("imported").asInt()).as(report.body()).isEqualTo(1);
    return person.api().get("/me/certificates").json().get(0).path("id").asText();
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  @Test
  void theDemoApplicantWaitsInTheNorthWestQueueWithEveryRequirementMet() {
    JsonNode waiting =
        await()
            .atMost(Duration.ofSeconds(30))
            .until(
                () -> pendingOf(coordinator.get("/coordinator/applications?status=PENDING")),
                found -> found != null);
    assertThat(pendingOf(scotland.get("/coordinator/applications?status=PENDING")))
        .as("another region's coordinator does not see it")
        .isNull();

    JsonNode record =
        coordinator
            .get("/coordinator/applications/" + waiting.path("id").asText() + "/record")
            .json();
    assertThat(record.path("requirements").path("items").findValuesAsText("met"))
        .isNotEmpty()
        .containsOnly("true");
    assertThat(record.path("quizzes").findValuesAsText("quizId")).contains("facilitator-exam");
    assertThat(record.path("practicum")).hasSize(5);
    assertThat(record.path("agreements")).isNotEmpty();
    assertThat(record.path("agreements").findValues("lastAcceptedAt"))
        .as("every agreement accepted")
        .hasSize(record.path("agreements").size());
  }

  @Test
  void coordinatorsNarrowTheirCertificatesByStatusExpiryAndNumberOrName() {
    String tag = "Flt" + Long.toString(System.nanoTime(), 36);
    LocalDate today = LocalDate.now();
    String csv =
        Accounts.uniqueEmail("soon")
            + ","
            + tag
            + " Soon S.,north-west,FACILITATOR,"
            + today.minusMonths(23)
            + ","
            + today.plusDays(20)
            + "\n"
            + Accounts.uniqueEmail("later")
            + ","
            + tag
            + " Later L.,north-west,HOST,"
            + today.minusMonths(3)
            + ","
            + today.plusDays(200)
            + "\n"
            + Accounts.uniqueEmail("lapsed")
            + ","
            + tag
            + " Lapsed P.,north-west,FACILITATOR,"
            + today.minusMonths(30)
            + ","
            + today.minusMonths(6)
            + "\n";
    Api.Reply imported = admin.post("/admin/certificates/import", "text/csv", csv);
    assertThat(imported.json().path("imported").asInt()).as(imported.body()).isEqualTo(3);
    String later = tag + " Later L.";
    assertThat(
            coordinator
                .post(
                    "/coordinator/certificates/" + idOf(coordinator, later) + "/status",
                    Map.of("status", "SUSPENDED", "reason", "Reviewing a concern."))
                .status())
        .isEqualTo(200);

    assertThat(namesIn(coordinator, "?q=" + tag.toLowerCase()))
        .containsExactlyInAnyOrder(tag + " Soon S.", later, tag + " Lapsed P.");
    assertThat(namesIn(coordinator, "?expiringWithinDays=30&q=" + tag))
        .containsExactly(tag + " Soon S.");
    assertThat(namesIn(coordinator, "?status=EXPIRED&q=" + tag))
        .containsExactly(tag + " Lapsed P.");
    assertThat(namesIn(coordinator, "?status=SUSPENDED&q=" + tag)).containsExactly(later);
    assertThat(namesIn(coordinator, "?status=ACTIVE&q=" + tag)).containsExactly(tag + " Soon S.");
    assertThat(namesIn(scotland, "?q=" + tag)).as("another region's coordinator").isEmpty();
    assertThat(coordinator.get("/coordinator/certificates?status=LAPSED").status()).isEqualTo(400);
    assertThat(coordinator.get("/coordinator/certificates?expiringWithinDays=-1").status())
        .isEqualTo(400);
    assertThat(coordinator.get("/coordinator/certificates?q=%25").status())
        .as("a wildcard is searched for as a character")
        .isEqualTo(200);
    assertThat(namesIn(coordinator, "?q=" + tag + "%25")).isEmpty();
  }

  private static List<String> namesIn(Api who, String query) {
    Api.Reply reply = who.get("/coordinator/certificates" + query + "&max=200");
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json().findValuesAsText("displayName");
  }

  private static String idOf(Api who, String displayName) {
    for (JsonNode c :
        who.get("/coordinator/certificates?max=200&q=" + displayName.replace(" ", "%20")).json()) {
      if (c.path("displayName").asText().equals(displayName)) {
        return c.path("id").asText();
      }
    }
    throw new AssertionError("No certificate of " + displayName);
  }

  private static JsonNode pendingOf(Api.Reply queue) {
    assertThat(queue.status()).isEqualTo(200);
    for (JsonNode application : queue.json()) {
      if (application.path("applicantName").asText().equals("Jordan P.")) {
        return application;
      }
    }
    return null;
  }

  @Test
  void anApplicationIsRefusedWithExactlyWhatIsUnmet() {
    Person trainee = trainee("unmet");
    trainee.api().post("/me/agreements", Map.of("agreement", "code-of-conduct"));

    Api.Reply refused =
        trainee.api().post("/certification/applications", Map.of("credential", "FACILITATOR"));

    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.error()).isEqualTo("requirements-unmet");
    assertThat(texts(refused.json().path("unmet")))
        .containsExactly(
            "enrolment:facilitator",
            "exam:facilitator-exam",
            "practicum:observed-meetings",
            "practicum:role-plays",
            "practicum:co-facilitated-meetings",
            "agreement:confidentiality");
    JsonNode host =
        trainee.api().get("/me/certification/requirements?credential=HOST").json().get(0);
    assertThat(host.path("met").asBoolean()).isFalse();
    assertThat(texts(host.path("unmet")))
        .contains("practicum:observed-meetings")
        .doesNotContain("practicum:role-plays");
  }

  @Test
  void acceptingAnAgreementAgainRecordsANewDate() {
    Person trainee = trainee("agree");
    Api.Reply first = trainee.api().post("/me/agreements", Map.of("agreement", "confidentiality"));
    Api.Reply second = trainee.api().post("/me/agreements", Map.of("agreement", "confidentiality"));
    assertThat(first.status()).isEqualTo(201);
    assertThat(second.status()).isEqualTo(201);
    assertThat(second.json().path("acceptedAt").asText())
        .isGreaterThan(first.json().path("acceptedAt").asText());
    assertThat(trainee.api().post("/me/agreements", Map.of("agreement", "secrecy")).status())
        .isEqualTo(422);
  }

  @Test
  void aCertifiedMentorSignsPracticumAndObservedMeetingsCountOncePerLeader() {
    Person trainee = trainee("practicum");
    String mentorId = mentor.get("/me").json().path("id").asText();
    String coordinatorId = coordinator.get("/me").json().path("id").asText();
    String path = "/practicum/" + trainee.id() + "/entries";

    Api.Reply first =
        mentor.post(
            path,
            Map.of(
                "kind",
                "OBSERVED_MEETING",
                "date",
                LocalDate.now().toString(),
                "leaderAccountId",
                mentorId));
    Api.Reply sameLeader =
        mentor.post(
            path,
            Map.of(
                "kind",
                "OBSERVED_MEETING",
                "date",
                LocalDate.now().toString(),
                "leaderAccountId",
                mentorId));
    Api.Reply coFacilitated =
        coordinator.post(
            path,
            Map.of(
                "kind",
                "CO_FACILITATED",
                "date",
                LocalDate.now().minusDays(1).toString(),
                "checklist",
                Map.of(
                    "openingStatement", true,
                    "timekeeping", true,
                    "toolUse", true,
                    "handlingAdviceGiving", true,
                    "confidentialityReminder", true,
                    "checkOut", true),
                "note",
                "Kept the check-out to time."));

    assertThat(first.status()).as(first.body()).isEqualTo(201);
    assertThat(sameLeader.status()).isEqualTo(201);
    assertThat(coFacilitated.status()).as(coFacilitated.body()).isEqualTo(201);
    JsonNode items =
        trainee
            .api()
            .get("/me/certification/requirements?credential=FACILITATOR")
            .json()
            .get(0)
            .path("items");
    assertThat(item(items, "practicum:observed-meetings").path("done").asInt()).isEqualTo(1);
    assertThat(item(items, "practicum:co-facilitated-meetings").path("done").asInt()).isEqualTo(1);

    Api.Reply otherLeader =
        mentor.post(
            path,
            Map.of(
                "kind",
                "OBSERVED_MEETING",
                "date",
                LocalDate.now().toString(),
                "leaderAccountId",
                coordinatorId));
    assertThat(otherLeader.status()).isEqualTo(201);
    JsonNode after =
        trainee
            .api()
            .get("/me/certification/requirements?credential=FACILITATOR")
            .json()
            .get(0)
            .path("items");
    assertThat(item(after, "practicum:observed-meetings").path("met").asBoolean()).isTrue();
    assertThat(trainee.api().get(path).json()).hasSize(4);
  }

  private static JsonNode item(JsonNode items, String code) {
    for (JsonNode item : items) {
      if (item.path("code").asText().equals(code)) {
        return item;
      }
    }
    throw new AssertionError("No item " + code + " in " + items);
  }

  @Test
  void practicumIsNeverSignedForOneselfNorAcrossRegionsNorByAnUncertifiedMentor() {
    Person trainee = trainee("refused-practicum");
    Map<String, Object> rolePlay = Map.of("kind", "ROLE_PLAY", "date", LocalDate.now().toString());

    assertThat(trainee.api().post("/practicum/" + trainee.id() + "/entries", rolePlay).status())
        .isEqualTo(403);
    assertThat(scotland.post("/practicum/" + trainee.id() + "/entries", rolePlay).status())
        .isEqualTo(404);
    assertThat(scotland.get("/practicum/" + trainee.id() + "/entries").status()).isEqualTo(404);

    Person uncertified = trainee("uncertified-mentor");
    admin.put("/admin/accounts/" + uncertified.id() + "/roles", Map.of("roles", List.of("MENTOR")));
    Api.Reply refused = uncertified.api().post("/practicum/" + trainee.id() + "/entries", rolePlay);
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.error()).isEqualTo("mentor-not-certified");

    Api.Reply noChecklist =
        mentor.post(
            "/practicum/" + trainee.id() + "/entries",
            Map.of("kind", "CO_FACILITATED", "date", LocalDate.now().toString()));
    assertThat(noChecklist.status()).isEqualTo(400);
  }

  @Test
  void anImportReportsBadLinesByNumberImportsTheRestAndMailsThePeople() {
    Person known = trainee("import-known");
    String newcomer = Accounts.uniqueEmail("import-new");
    String csv =
        "email,displayName,region,credential,issuedOn,expiresOn\n"
            + known.email()
            + ",\"Known, K.\",north-west,HOST,2025-02-01,2027-02-01\n"
            + "not-an-email,Bad B.,north-west,HOST,2025-02-01,2027-02-01\n"
            + newcomer
            + ",New N.,north-west,FACILITATOR,2025-03-01,2027-03-01\n"
            + Accounts.uniqueEmail("import-bad")
            + ",Late L.,atlantis,FACILITATOR,2025-03-01,2027-03-01\n"
            + Accounts.uniqueEmail("import-bad")
            + ",Back B.,north-west,FACILITATOR,2025-03-01,2024-03-01\n";

    Api.Reply report = admin.post("/admin/certificates/import", "text/csv", csv);

    assertThat(report.status()).as(report.body()).isEqualTo(200);
    assertThat(report.json().path("imported").asInt()).isEqualTo(2);
    JsonNode errors = report.json().path("errors");
    assertThat(errors).hasSize(3);
    assertThat(errors.get(0).path("line").asInt()).isEqualTo(3);
    assertThat(errors.get(1).path("line").asInt()).isEqualTo(5);
    assertThat(errors.get(1).path("message").asText()).contains("atlantis");
    assertThat(errors.get(2).path("line").asInt()).isEqualTo(6);

    JsonNode held = known.api().get("/me/certificates").json();
    assertThat(held).hasSize(1);
    assertThat(held.get(0).path("credential").asText()).isEqualTo("HOST");
    assertThat(held.get(0).path("imported").asBoolean()).isTrue();
    assertThat(held.get(0).path("displayName").asText()).isEqualTo("Known, K.");
    assertThat(held.get(0).path("number").asText()).matches("FA-2025-\\d{6}");
    assertThat(held.get(0).path("code").asText())
        .matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}");

    String welcome =
        Mailbox.shared().awaitMessage(newcomer, "certificate is now on Facilitator Academy");
    assertThat(welcome).contains("forgot-password");
    assertThat(
            Mailbox.shared()
                .awaitMessage(known.email(), "certificate is now on Facilitator Academy"))
        .doesNotContain("forgot-password");

    assertThat(
            admin
                .post("/admin/certificates/import", "text/csv", csv)
                .json()
                .path("imported")
                .asInt())
        .isZero();
    assertThat(coordinator.post("/admin/certificates/import", "text/csv", csv).status())
        .isEqualTo(403);
  }

  @Test
  void theHolderDownloadsAPdfWhoseQrCodeLeadsToTheVerificationPage() {
    Person holder = trainee("pdf");
    String id = certified(holder, "FACILITATOR", LocalDate.now().plusYears(1));
    String code = holder.api().get("/me/certificates").json().get(0).path("code").asText();

    Api.Download pdf = holder.api().download("/certificates/" + id + "/pdf");

    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdf.contentType()).startsWith("application/pdf");
    assertThat(CertificatePdfs.qrCode(pdf.body()))
        .isEqualTo(server.url("/verify/" + code.replace("-", "")));
    assertThat(CertificatePdfs.text(pdf.body())).contains("Held H.").contains(code);
    assertThat(coordinator.download("/certificates/" + id + "/pdf").status()).isEqualTo(200);
    assertThat(scotland.download("/certificates/" + id + "/pdf").status()).isEqualTo(404);
    assertThat(trainee("stranger").api().download("/certificates/" + id + "/pdf").status())
        .isEqualTo(404);
  }

  @Test
  void aCoordinatorSuspendsWithAReasonOnlyCoordinatorsReadAndTheHolderIsMailedWithoutIt() {
    Person holder = trainee("suspend");
    String id = certified(holder, "FACILITATOR", LocalDate.now().plusYears(1));
    String reason = "Reported concern " + System.nanoTime();

    assertThat(
            scotland
                .post(
                    "/coordinator/certificates/" + id + "/status",
                    Map.of("status", "SUSPENDED", "reason", reason))
                .status())
        .isEqualTo(404);
    assertThat(
            coordinator
                .post("/coordinator/certificates/" + id + "/status", Map.of("status", "SUSPENDED"))
                .error())
        .isEqualTo("reason-required");
    Api.Reply suspended =
        coordinator.post(
            "/coordinator/certificates/" + id + "/status",
            Map.of("status", "SUSPENDED", "reason", reason));

    assertThat(suspended.status()).as(suspended.body()).isEqualTo(200);
    assertThat(suspended.json().path("status").asText()).isEqualTo("SUSPENDED");
    assertThat(suspended.body()).doesNotContain(reason);
    assertThat(holder.api().get("/me/certificates").body()).doesNotContain(reason);
    assertThat(coordinator.get("/coordinator/certificates/" + id + "/reasons").body())
        .contains(reason);
    assertThat(holder.api().get("/coordinator/certificates/" + id + "/reasons").status())
        .isEqualTo(403);
    String mail = Mailbox.shared().awaitMessage(holder.email(), "is suspended");
    assertThat(mail).doesNotContain(reason).contains("appeal");
    assertThat(admin.get("/admin/audit").body()).doesNotContain(reason);

    assertThat(
            holder
                .api()
                .post("/me/certificates/" + id + "/leave", Map.of("onLeave", true))
                .status())
        .isEqualTo(409);
  }

  @Test
  void revokedIsFinalAndActiveComesBackOnlyFromLeaveOrSuspension() {
    Person holder = trainee("revoke");
    String id = certified(holder, "HOST", LocalDate.now().plusYears(1));
    String path = "/coordinator/certificates/" + id + "/status";

    assertThat(coordinator.post(path, Map.of("status", "ACTIVE", "reason", "x")).status())
        .isEqualTo(409);
    assertThat(
            coordinator
                .post(path, Map.of("status", "INACTIVE", "reason", "Stepping back"))
                .status())
        .isEqualTo(200);
    assertThat(coordinator.post(path, Map.of("status", "ACTIVE", "reason", "Back")).status())
        .isEqualTo(200);
    assertThat(coordinator.post(path, Map.of("status", "REVOKED", "reason", "Breach")).status())
        .isEqualTo(200);
    for (String status : List.of("ACTIVE", "INACTIVE", "SUSPENDED", "REVOKED")) {
      Api.Reply refused = coordinator.post(path, Map.of("status", status, "reason", "again"));
      assertThat(refused.status()).as(status).isEqualTo(409);
      assertThat(refused.error()).isEqualTo("revoked-final");
    }
    assertThat(coordinator.post(path, Map.of("status", "EXPIRED", "reason", "x")).status())
        .isEqualTo(400);
  }

  @Test
  void nobodyChangesTheStatusOfTheirOwnCertificate() {
    String coordinatorEmail = Accounts.uniqueEmail("own-coordinator");
    admin.post(
        "/admin/accounts",
        Map.of(
            "email",
            coordinatorEmail,
            "password",
            PASSWORD,
            "displayName",
            "Own O.",
            "region",
            "north-west",
            "roles",
            List.of("COORDINATOR")));
    Api own = Api.as(server, coordinatorEmail, PASSWORD);
    Person asPerson = new Person(coordinatorEmail, own.get("/me").json().path("id").asText(), own);
    String id = certified(asPerson, "FACILITATOR", LocalDate.now().plusYears(1));

    Api.Reply refused =
        own.post(
            "/coordinator/certificates/" + id + "/status",
            Map.of("status", "SUSPENDED", "reason", "x"));

    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.error()).isEqualTo("own-certificate");
  }

  @Test
  void theHolderTakesLeaveAndEndsItButNotALeaveTheCoordinatorSet() {
    Person holder = trainee("leave");
    String id = certified(holder, "FACILITATOR", LocalDate.now().plusYears(1));
    String leave = "/me/certificates/" + id + "/leave";

    Api.Reply away = holder.api().post(leave, Map.of("onLeave", true));
    assertThat(away.status()).isEqualTo(200);
    assertThat(away.json().path("status").asText()).isEqualTo("INACTIVE");
    assertThat(holder.api().post(leave, Map.of("onLeave", true)).status()).isEqualTo(409);
    assertThat(holder.api().post(leave, Map.of("onLeave", false)).json().path("status").asText())
        .isEqualTo("ACTIVE");
    assertThat(mentor.post(leave, Map.of("onLeave", true)).status()).isEqualTo(404);

    coordinator.post(
        "/coordinator/certificates/" + id + "/status",
        Map.of("status", "INACTIVE", "reason", "Step back"));
    Api.Reply refused = holder.api().post(leave, Map.of("onLeave", false));
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.error()).isEqualTo("leave-set-by-coordinator");
  }

  @Test
  void anAppealIsDecidedBySomeoneOtherThanTheCoordinatorWhoSuspended() {
    Person holder = trainee("appeal");
    String id = certified(holder, "FACILITATOR", LocalDate.now().plusYears(1));
    coordinator.post(
        "/coordinator/certificates/" + id + "/status",
        Map.of("status", "SUSPENDED", "reason", "Review"));

    Api.Reply filed =
        holder
            .api()
            .post("/certification/appeals", Map.of("subject", id, "text", "Please look again."));
    assertThat(filed.status()).as(filed.body()).isEqualTo(201);
    assertThat(
            holder
                .api()
                .post("/certification/appeals", Map.of("subject", id, "text", "Again."))
                .status())
        .isEqualTo(409);
    String appeal = filed.json().path("id").asText();

    Api.Reply own =
        coordinator.post(
            "/coordinator/appeals/" + appeal + "/decision",
            Map.of("decision", "UPHOLD", "comment", "ok"));
    assertThat(own.status()).isEqualTo(403);
    assertThat(own.error()).isEqualTo("own-decision");
    assertThat(
            scotland
                .post(
                    "/coordinator/appeals/" + appeal + "/decision",
                    Map.of("decision", "UPHOLD", "comment", "ok"))
                .status())
        .isEqualTo(404);

    Api.Reply upheld =
        admin.post(
            "/coordinator/appeals/" + appeal + "/decision",
            Map.of("decision", "UPHOLD", "comment", "The concern was withdrawn."));
    assertThat(upheld.status()).as(upheld.body()).isEqualTo(200);
    assertThat(holder.api().get("/certificates/" + id).json().path("status").asText())
        .isEqualTo("ACTIVE");
    assertThat(Mailbox.shared().awaitMessage(holder.email(), "Your appeal is upheld"))
        .contains("The concern was withdrawn.");
  }

  @Test
  void anActiveCertificateCannotBeAppealed() {
    Person holder = trainee("no-appeal");
    String id = certified(holder, "HOST", LocalDate.now().plusYears(1));
    Api.Reply refused =
        holder.api().post("/certification/appeals", Map.of("subject", id, "text", "Why?"));
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.error()).isEqualTo("not-appealable");
  }

  @Test
  void renewalBeforeTheWindowOpensListsWhatIsUnmet() {
    Person holder = trainee("renew");
    String id = certified(holder, "FACILITATOR", LocalDate.now().plusYears(1));

    Api.Reply refused = holder.api().post("/certificates/" + id + "/renewal", Map.of());

    assertThat(refused.status()).isEqualTo(422);
    assertThat(texts(refused.json().path("unmet")))
        .containsExactly(
            "renewal-window",
            "refresher:renewal-refresher",
            "activity-attestation",
            "agreement:code-of-conduct",
            "agreement:confidentiality");
    assertThat(mentor.post("/certificates/" + id + "/renewal", Map.of()).status()).isEqualTo(404);
  }

  @Test
  void theCoordinatorsListsStayWithinTheirRegion() {
    Person holder = trainee("region-list");
    String id = certified(holder, "HOST", LocalDate.now().plusYears(1));
    assertThat(coordinator.get("/coordinator/certificates?max=200").body()).contains(id);
    assertThat(scotland.get("/coordinator/certificates?max=200").body()).doesNotContain(id);
    assertThat(scotland.get("/certificates/" + id).status()).isEqualTo(404);
    assertThat(holder.api().get("/coordinator/applications").status()).isEqualTo(403);
  }

  @Test
  void theCertificationOperationsAreDescribedInOpenApi() throws Exception {
    String openapi =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.url("/openapi")))
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString())
            .body();
    assertThat(openapi)
        .contains("/api/v1/certification/applications")
        .contains("/api/v1/coordinator/applications/{id}/decision")
        .contains("/api/v1/practicum/{accountId}/entries")
        .contains("/api/v1/me/agreements")
        .contains("/api/v1/admin/certificates/import")
        .contains("/api/v1/certificates/{id}/pdf");
  }
}
