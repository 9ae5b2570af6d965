package org.facilitatoracademy.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A coordinator corrects the name printed on a certificate: the verification API and page show it
 * at once, the holder is mailed, the correction is audited and its reason stays with coordinators.
 */
class NameCorrectionApiIT {

  private static final String SCOTLAND = "coordinator.scotland@demo.academy";
  private static final ObjectMapper JSON = new ObjectMapper();

  private static TestServer server;
  private static Api admin;
  private static Api coordinator;
  private static Api scotland;

  @BeforeAll
  static void start() {
    server = TestServer.shared();
    admin = Api.as(server, Accounts.ADMIN, Accounts.PASSWORD);
    coordinator = Api.as(server, Accounts.COORDINATOR, Accounts.PASSWORD);
    scotland = Api.as(server, SCOTLAND, Accounts.PASSWORD);
  }

  private static String path(String certificateId) {
    return "/coordinator/certificates/" + certificateId + "/display-name";
  }

  private static Map<String, String> correction(String displayName, String reason) {
    return Map.of("displayName", displayName, "reason", reason);
  }

  /** A name nobody else's certificate carries, so that finding it proves where it came from. */
  private static String uniqueName(String first) {
    return first + " " + Long.toString(System.nanoTime(), 36).toUpperCase() + ".";
  }

  private static JsonNode verified(LoopbackClient verifier, String code) {
    LoopbackClient.Reply reply = verifier.get("/api/v1/verifications/" + code);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    try {
      return JSON.readTree(reply.bytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The audit events about one subject since a given instant. */
  private static List<JsonNode> auditOf(String subject, Instant since) {
    Api.Reply events = admin.get("/admin/audit?from=" + since);
    assertThat(events.status()).as(events.body()).isEqualTo(200);
    List<JsonNode> about = new ArrayList<>();
    events.json().forEach(e -> about.add(e));
    return about.stream().filter(e -> e.path("subject").asText().equals(subject)).toList();
  }

  @Test
  void aCorrectedNameIsVerifiedAtOnceMailedToTheHolderAndAuditedWithoutTheReason() {
    Instant start = Instant.now().minusSeconds(5);
    Certified.Holder holder = Certified.holder(server, "FACILITATOR");
    String name = uniqueName("Samira");
    String reason = "Misspelt at issue, holder asked " + System.nanoTime();

    Api.Reply corrected = coordinator.put(path(holder.certificateId()), correction(name, reason));

    assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
    assertThat(corrected.json().path("displayName").asText()).isEqualTo(name);
    assertThat(corrected.json().path("status").asText()).isEqualTo("ACTIVE");
    assertThat(corrected.body()).doesNotContain(reason);

    LoopbackClient verifier = LoopbackClient.from(server, "127.0.7.1");
    await()
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(500))
        .untilAsserted(
            () ->
                assertThat(verified(verifier, holder.code()).path("displayName").asText())
                    .isEqualTo(name));
    assertThat(verifier.get("/verify/" + holder.code()).body())
        .contains(name)
        .doesNotContain(holder.displayName(), reason);

    String mail = Mailbox.shared().awaitMessage(holder.email(), "certificate was corrected");
    assertThat(mail).contains(name).doesNotContain(reason);

    List<JsonNode> audited = auditOf(holder.certificateId(), start);
    assertThat(audited)
        .extracting(e -> e.path("action").asText())
        .containsOnlyOnce("certificate.name-corrected");
    assertThat(audited.toString()).doesNotContain(reason, name);

    JsonNode reasons =
        coordinator.get("/coordinator/certificates/" + holder.certificateId() + "/reasons").json();
    assertThat(reasons).hasSize(1);
    assertThat(reasons.get(0).path("nameBefore").asText()).isEqualTo(holder.displayName());
    assertThat(reasons.get(0).path("nameAfter").asText()).isEqualTo(name);
    assertThat(reasons.get(0).path("reason").asText()).isEqualTo(reason);

    assertThat(CertificatePdfs.text(Certified.pdf(server, holder)))
        .contains(name)
        .doesNotContain(holder.displayName());
    assertThat(
            holder.api(server).get("/me/certificates").json().get(0).path("displayName").asText())
        .isEqualTo(name);
    // The signed credential names nobody, before and after the correction.
    Api.Reply credential =
        holder.api(server).get("/certificates/" + holder.certificateId() + "/credential");
    assertThat(credential.status()).isEqualTo(200);
    assertThat(VcJwt.parse(credential.body()).rawPayload())
        .doesNotContain(name, holder.displayName());
  }

  @Test
  void theSameNameAgainChangesNothingAndIsNotAudited() {
    Instant start = Instant.now().minusSeconds(5);
    Certified.Holder holder = Certified.holder(server, "HOST");
    String name = uniqueName("Jo");
    assertThat(coordinator.put(path(holder.certificateId()), correction(name, "Typo")).status())
        .isEqualTo(200);

    Api.Reply again =
        coordinator.put(path(holder.certificateId()), correction(" " + name + " ", "Typo again"));

    assertThat(again.status()).as(again.body()).isEqualTo(200);
    assertThat(again.json().path("displayName").asText()).isEqualTo(name);
    assertThat(auditOf(holder.certificateId(), start))
        .extracting(e -> e.path("action").asText())
        .containsOnlyOnce("certificate.name-corrected");
    assertThat(
            coordinator
                .get("/coordinator/certificates/" + holder.certificateId() + "/reasons")
                .json())
        .hasSize(1);
  }

  @Test
  void anInvalidNameOrAMissingReasonIsRefusedAndNothingChanges() {
    Certified.Holder holder = Certified.holder(server, "FACILITATOR");
    String path = path(holder.certificateId());

    Api.Reply blank = coordinator.put(path, correction("   ", "Typo"));
    Api.Reply tooLong = coordinator.put(path, correction("N".repeat(101), "Typo"));
    Api.Reply noReason = coordinator.put(path, Map.of("displayName", "Sam T."));
    Api.Reply blankReason = coordinator.put(path, correction("Sam T.", "  "));
    Api.Reply noBody = coordinator.put(path, "");

    assertThat(blank.status()).isEqualTo(400);
    assertThat(blank.error()).isEqualTo("invalid-display-name");
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.error()).isEqualTo("invalid-display-name");
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.error()).isEqualTo("reason-required");
    assertThat(blankReason.status()).isEqualTo(400);
    assertThat(noBody.status()).isEqualTo(400);
    assertThat(
            holder.api(server).get("/me/certificates").json().get(0).path("displayName").asText())
        .isEqualTo(holder.displayName());
  }

  @Test
  void aRevokedCertificateKeepsItsName() {
    Certified.Holder holder = Certified.holder(server, "FACILITATOR");
    Certified.changeStatus(server, holder, "REVOKED", "Breach of the code of conduct");

    Api.Reply refused =
        coordinator.put(path(holder.certificateId()), correction(uniqueName("Kim"), "Typo"));

    assertThat(refused.status()).as(refused.body()).isEqualTo(409);
    assertThat(refused.error()).isEqualTo("revoked-final");
  }

  @Test
  void aCertificateWhoseHolderClosedTheAccountGetsNoNameBack() {
    Certified.Holder holder = Certified.holder(server, "HOST");
    assertThat(holder.api(server).delete("/me").status()).isEqualTo(204);

    Api.Reply refused =
        coordinator.put(path(holder.certificateId()), correction(uniqueName("Lee"), "Typo"));

    assertThat(refused.status()).as(refused.body()).isEqualTo(409);
    assertThat(refused.error()).isEqualTo("holder-account-closed");
  }

  @Test
  void anotherRegionsCoordinatorGetsTheAnswerOfAnUnknownCertificate() {
    Certified.Holder holder = Certified.holder(server, "FACILITATOR");

    Api.Reply elsewhere =
        scotland.put(path(holder.certificateId()), correction(uniqueName("Ali"), "Typo"));
    Api.Reply unknown =
        scotland.put(path(UUID.randomUUID().toString()), correction(uniqueName("Ali"), "Typo"));

    assertThat(elsewhere.status()).isEqualTo(404);
    assertThat(elsewhere.body()).isEqualTo(unknown.body());
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(
            holder.api(server).get("/me/certificates").json().get(0).path("displayName").asText())
        .isEqualTo(holder.displayName());
  }

  @Test
  void anAdministratorCorrectsInAnyRegion() {
    Certified.Holder holder = Certified.holder(server, "HOST");
    String name = uniqueName("Ngozi");

    Api.Reply corrected = admin.put(path(holder.certificateId()), correction(name, "Typo"));

    assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
    assertThat(corrected.json().path("displayName").asText()).isEqualTo(name);
  }

  @Test
  void aHolderCorrectsNoNameNeitherAsTraineeNorOnTheirOwnCertificateAsCoordinator() {
    Certified.Holder holder = Certified.holder(server, "FACILITATOR");
    Api.Reply asTrainee =
        holder.api(server).put(path(holder.certificateId()), correction("Me M.", "I prefer it"));
    assertThat(asTrainee.status()).isEqualTo(403);

    String email = Accounts.uniqueEmail("own-name");
    String password = "a long coordinator password";
    Api.Reply created =
        admin.post(
            "/admin/accounts",
            Map.of(
                "email",
                email,
                "password",
                password,
                "displayName",
                "Own O.",
                "region",
                "north-west",
                "roles",
                List.of("COORDINATOR")));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    LocalDate issued = LocalDate.now().minusDays(10);
    Api.Reply imported =
        admin.post(
            "/admin/certificates/import",
            "text/csv",
            email + ",Own O.,north-west,FACILITATOR," + issued + "," + issued.plusYears(2) + "\n");
    assertThat(imported.json().path("imported").asInt()).as(imported.body()).isEqualTo(1);
    Api own = Api.as(server, email, password);
    String id = own.get("/me/certificates").json().get(0).path("id").asText();

    Api.Reply refused = own.put(path(id), correction("Owen O.", "I prefer it"));

    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.error()).isEqualTo("own-certificate");
    assertThat(own.get("/me/certificates").json().get(0).path("displayName").asText())
        .isEqualTo("Own O.");
  }

  @Test
  void theCorrectionIsDescribedInOpenApi() {
    assertThat(Api.anonymous(server).getAbsolute("/openapi"))
        .contains("/api/v1/coordinator/certificates/{id}/display-name");
  }
}
