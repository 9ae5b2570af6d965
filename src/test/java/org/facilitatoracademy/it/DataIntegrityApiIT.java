package org.facilitatoracademy.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.zip.GZIPInputStream;
import org.facilitatoracademy.verification.DataIntegrityCheck;
import org.facilitatoracademy.verification.OpenBadgeSchema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What wallets and verifiers outside the academy read: the JSON-LD credential and its status list
 * with their Data Integrity proofs, checked against the DID document fetched over HTTP by a check
 * written apart from the signing code; the VC-JWT's key by its {@code kid}; verification on a past
 * day.
 */
class DataIntegrityApiIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.shared();
  }

  private static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String relative(String url) {
    assertThat(url).startsWith(server.url(""));
    return url.substring(server.url("").length());
  }

  /** The raw Ed25519 key the DID document, fetched over HTTP, gives for a verification method. */
  private static byte[] keyFromDidDocument(String verificationMethod) {
    LoopbackClient.Reply reply =
        LoopbackClient.from(server, "127.0.8.1").get("/.well-known/did.json");
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.header("Content-Type")).startsWith("application/did+json");
    JsonNode did = json(reply.body());
    assertThat(did.path("id").asText()).isEqualTo("did:web:localhost%3A" + server.port());
    assertThat(did.path("assertionMethod").toString()).contains(verificationMethod);
    for (JsonNode method : did.path("verificationMethod")) {
      if (method.path("id").asText().equals(verificationMethod)) {
        assertThat(method.path("type").asText()).isEqualTo("Multikey");
        assertThat(method.path("controller").asText()).isEqualTo(did.path("id").asText());
        assertThat(method.has("privateKeyMultibase")).isFalse();
        return DataIntegrityCheck.rawKey(method.path("publicKeyMultibase").asText());
      }
    }
    throw new AssertionError(verificationMethod + " is not in " + did);
  }

  private static String verificationMethodOf(JsonObject secured) {
    return secured.getJsonArray("proof").getJsonObject(0).getString("verificationMethod");
  }

  private static JsonObject linkedDataCredentialOf(Certified.Holder holder) {
    Api.Reply reply =
        holder
            .api(server)
            .getAs(
                "/certificates/" + holder.certificateId() + "/credential",
                "application/vc+ld+json");
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    assertThat(reply.raw().headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/vc+ld+json");
    return DataIntegrityCheck.parse(reply.body());
  }

  private static JsonObject statusListOf(JsonObject credential, String client) {
    String url = credential.getJsonObject("credentialStatus").getString("statusListCredential");
    LoopbackClient.Reply reply = LoopbackClient.from(server, client).get(relative(url));
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    assertThat(reply.header("Content-Type")).startsWith("application/vc+ld+json");
    JsonObject list = DataIntegrityCheck.parse(reply.body());
    assertThat(list.getString("id")).isEqualTo(url);
    assertThat(DataIntegrityCheck.verifies(list, keyFromDidDocument(verificationMethodOf(list))))
        .as("the status list's own proof")
        .isTrue();
    return list;
  }

  private static boolean bit(JsonObject list, JsonObject credential) {
    int index =
        Integer.parseInt(credential.getJsonObject("credentialStatus").getString("statusListIndex"));
    String encoded = list.getJsonObject("credentialSubject").getString("encodedList");
    try {
      byte[] bits =
          new GZIPInputStream(
                  new ByteArrayInputStream(Base64.getUrlDecoder().decode(encoded.substring(1))))
              .readAllBytes();
      return (bits[index / 8] & (0x80 >>> (index % 8))) != 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void theJsonLdCredentialVerifiesWithTheDidDocumentsKeyMeetsTheSchemaAndFailsWhenTampered() {
    Certified.Holder holder = Certified.holder(server, "HOST");

    JsonObject credential = linkedDataCredentialOf(holder);

    byte[] key = keyFromDidDocument(verificationMethodOf(credential));
    assertThat(DataIntegrityCheck.verifies(credential, key)).isTrue();
    assertThat(OpenBadgeSchema.problems(credential.toString())).isEmpty();
    JsonObject proof = credential.getJsonArray("proof").getJsonObject(0);
    assertThat(proof.getString("type")).isEqualTo("DataIntegrityProof");
    assertThat(proof.getString("cryptosuite")).isEqualTo("eddsa-rdfc-2022");
    assertThat(proof.getString("proofPurpose")).isEqualTo("assertionMethod");
    assertThat(credential.getJsonArray("@context").getString(0))
        .isEqualTo("https://www.w3.org/ns/credentials/v2");
    assertThat(credential.getJsonArray("@context").getString(1))
        .isEqualTo("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");
    JsonObject issuer = credential.getJsonObject("issuer");
    assertThat(issuer.getString("id")).isEqualTo("did:web:localhost%3A" + server.port());
    assertThat(issuer.getString("url")).isEqualTo(server.url(""));
    assertThat(issuer.getString("name")).isNotBlank();
    assertThat(issuer.getJsonObject("image").getString("id")).startsWith(server.url("/"));
    JsonObject subject = credential.getJsonObject("credentialSubject");
    assertThat(subject.getString("id")).startsWith("urn:uuid:");
    JsonObject achievement = subject.getJsonObject("achievement");
    assertThat(achievement.getString("achievementType")).isEqualTo("Certification");
    assertThat(achievement.getJsonObject("criteria").getString("narrative"))
        .contains("host", "exam", "Observed one meeting", "code-of-conduct", "24 months");
    String image = achievement.getJsonObject("image").getString("id");
    LoopbackClient.Reply picture = LoopbackClient.from(server, "127.0.8.10").get(relative(image));
    assertThat(picture.status()).isEqualTo(200);
    assertThat(picture.header("Content-Type")).startsWith("image/png");
    assertThat(credential.getString("validFrom")).endsWith("T00:00:00Z");
    assertThat(credential.getString("validUntil")).endsWith("T00:00:00Z");
    assertThat(credential.toString())
        .doesNotContain(holder.email(), holder.accountId(), holder.certificateId());

    String text = credential.toString();
    String tampered = text.replaceFirst("Certified Meeting Host", "Certified Meeting Hosu");
    assertThat(tampered).isNotEqualTo(text);
    assertThat(DataIntegrityCheck.verifies(DataIntegrityCheck.parse(tampered), key)).isFalse();

    Api.Reply byQuery =
        holder
            .api(server)
            .get("/certificates/" + holder.certificateId() + "/credential?format=ldp");
    assertThat(byQuery.status()).isEqualTo(200);
    assertThat(DataIntegrityCheck.verifies(DataIntegrityCheck.parse(byQuery.body()), key)).isTrue();
    assertThat(
            holder
                .api(server)
                .get("/certificates/" + holder.certificateId() + "/credential?format=xml")
                .error())
        .isEqualTo("unknown-format");
  }

  @Test
  void revocationFlipsTheBitInTheJsonLdStatusListWhoseOwnProofVerifies() {
    Certified.Holder holder = Certified.holder(server, "FACILITATOR");
    JsonObject credential = linkedDataCredentialOf(holder);
    assertThat(bit(statusListOf(credential, "127.0.8.2"), credential)).isFalse();

    Certified.changeStatus(server, holder, "REVOKED", "Left after a complaint");

    await()
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(300))
        .untilAsserted(
            () -> assertThat(bit(statusListOf(credential, "127.0.8.3"), credential)).isTrue());
  }

  @Test
  void aSuspendedHoldersCredentialStillVerifiesWhileTheLiveApiSaysInactive() {
    Certified.Holder holder = Certified.holder(server, "FACILITATOR");
    Certified.changeStatus(server, holder, "SUSPENDED", "Under review");
    LoopbackClient verifier = LoopbackClient.from(server, "127.0.8.4");
    await()
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(300))
        .untilAsserted(
            () ->
                assertThat(
                        json(verifier.get("/api/v1/verifications/" + holder.code()).body())
                            .path("status")
                            .asText())
                    .isEqualTo("INACTIVE"));

    JsonObject credential = linkedDataCredentialOf(holder);

    assertThat(
            DataIntegrityCheck.verifies(
                credential, keyFromDidDocument(verificationMethodOf(credential))))
        .isTrue();
    assertThat(bit(statusListOf(credential, "127.0.8.5"), credential)).isFalse();
  }

  @Test
  void theJwtKidIsAUrlThatAnswersThatOneKey() {
    Certified.Holder holder = Certified.holder(server, "HOST");
    Api.Reply reply =
        holder.api(server).get("/certificates/" + holder.certificateId() + "/credential");
    VcJwt jwt = VcJwt.parse(reply.body());
    String kid = jwt.header().path("kid").asText();
    assertThat(kid).startsWith(server.url("/api/v1/issuer-keys/"));
    assertThat(jwt.header().has("jwk")).isFalse();

    LoopbackClient.Reply key = LoopbackClient.from(server, "127.0.8.6").get(relative(kid));

    assertThat(key.status()).isEqualTo(200);
    assertThat(key.header("Content-Type")).startsWith("application/jwk+json");
    JsonNode jwk = json(key.body());
    assertThat(jwk.path("kid").asText()).isEqualTo(kid);
    assertThat(jwk.path("kty").asText()).isEqualTo("RSA");
    assertThat(jwk.has("d")).isFalse();
    assertThat(jwt.verifiesWith(json("{\"keys\":[" + key.body() + "]}"))).isTrue();
    assertThat(
            LoopbackClient.from(server, "127.0.8.6").get("/api/v1/issuer-keys/not-a-key").status())
        .isEqualTo(404);
  }

  @Test
  void onAPastDayTheAnswerIsTheStatusOfThatDay() {
    Certified.Holder holder = Certified.holder(server, "FACILITATOR");
    LoopbackClient verifier = LoopbackClient.from(server, "127.0.8.7");
    String path = "/api/v1/verifications/" + holder.code() + "?on=";
    JsonNode issued = json(verifier.get("/api/v1/verifications/" + holder.code()).body());
    LocalDate issuedOn = LocalDate.parse(issued.path("issuedOn").asText());
    LocalDate today = LocalDate.now();

    JsonNode before = json(verifier.get(path + issuedOn.minusDays(1)).body());
    assertThat(before.path("statusOn").asText()).isEqualTo("NOT_ISSUED");
    assertThat(before.path("on").asText()).isEqualTo(issuedOn.minusDays(1).toString());
    assertThat(before.path("status").asText()).isEqualTo("ACTIVE");
    JsonNode during = json(verifier.get(path + issuedOn.plusDays(3)).body());
    assertThat(during.path("statusOn").asText()).isEqualTo("ACTIVE");
    assertThat(during.path("changedThatDay").asBoolean()).isFalse();

    Certified.changeStatus(server, holder, "SUSPENDED", "Under review");
    LoopbackClient waiting = LoopbackClient.from(server, "127.0.10.1");
    await()
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(500))
        .untilAsserted(
            () -> {
              JsonNode suspended = json(waiting.get(path + today).body());
              assertThat(suspended.path("statusOn").asText()).isEqualTo("INACTIVE");
              assertThat(suspended.path("changedThatDay").asBoolean()).isTrue();
            });
    assertThat(json(verifier.get(path + issuedOn.plusDays(3)).body()).path("statusOn").asText())
        .as("the past does not change")
        .isEqualTo("ACTIVE");

    Certified.changeStatus(server, holder, "REVOKED", "Decided after review");
    LoopbackClient waitingAgain = LoopbackClient.from(server, "127.0.10.2");
    await()
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(500))
        .untilAsserted(
            () ->
                assertThat(json(waitingAgain.get(path + today).body()).path("statusOn").asText())
                    .isEqualTo("REVOKED"));

    LoopbackClient.Reply future = verifier.get(path + today.plusDays(1));
    assertThat(future.status()).isEqualTo(400);
    assertThat(json(future.body()).path("error").asText()).isEqualTo("bad-date");
    assertThat(json(future.body()).path("message").asText()).contains("future");
    LoopbackClient.Reply malformed = verifier.get(path + "14-03-2026");
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(json(malformed.body()).path("message").asText()).contains("YYYY-MM-DD");
  }

  @Test
  void onADayAfterExpiryTheAnswerIsExpiredAndOnTheVerifyPageToo() {
    LocalDate expiredOn = LocalDate.now().minusDays(20);
    Credentialed.Person person = Credentialed.expired(server, "HOST", expiredOn, "Robin E.");
    String code = person.api(server).get("/me/certificates").json().get(0).path("code").asText();
    LoopbackClient verifier = LoopbackClient.from(server, "127.0.8.8");
    String path = "/api/v1/verifications/" + code + "?on=";

    assertThat(json(verifier.get(path + expiredOn.plusDays(5)).body()).path("statusOn").asText())
        .isEqualTo("EXPIRED");
    assertThat(json(verifier.get(path + expiredOn.minusDays(60)).body()).path("statusOn").asText())
        .isEqualTo("ACTIVE");

    LoopbackClient.Reply page = verifier.get("/verify/" + code + "?on=" + expiredOn.minusDays(60));
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("id=\"statusOn\"", expiredOn.minusDays(60).toString());
    assertThat(verifier.get("/verify/" + code + "?on=yesterday").status()).isEqualTo(400);
    LoopbackClient.Reply form =
        verifier.get("/verify?code=" + code + "&on=" + expiredOn.minusDays(60));
    assertThat(form.status()).as("the page's form keeps the day").isEqualTo(303);
    assertThat(form.header("Location"))
        .endsWith("/verify/" + code + "?on=" + expiredOn.minusDays(60));
  }

  @Test
  void theRootDocumentsAndTheKeyAddressAreDescribedAtOpenapi() {
    String openapi = LoopbackClient.from(server, "127.0.8.9").get("/openapi").body();
    assertThat(openapi)
        .contains(
            "/.well-known/jwks.json",
            "/.well-known/did.json",
            "/api/v1/issuer-keys/{thumbprint}",
            "/api/v1/me/certificates/{id}/wallet-offers",
            "/api/v1/exchanges/{exchangeId}");
  }
}
