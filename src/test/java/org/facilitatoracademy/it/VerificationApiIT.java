package org.facilitatoracademy.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.facilitatoracademy.verification.OpenBadgeSchema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The public verification API, signed credentials, status lists and keys, as outside programs see
 * them. Look-ups come from loopback addresses of their own (see {@link LoopbackClient}), because
 * the rate limit counts per client.
 */
class VerificationApiIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  private static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.shared();
  }

  private static JsonNode json(LoopbackClient.Reply reply) {
    try {
      return JSON.readTree(reply.bytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode jwks() {
    LoopbackClient.Reply reply =
        LoopbackClient.from(server, "127.0.3.1").get("/.well-known/jwks.json");
    assertThat(reply.status()).isEqualTo(200);
    return json(reply);
  }

  private static VcJwt credentialOf(Certified.Holder holder) {
    Api.Reply reply =
        holder.api(server).get("/certificates/" + holder.certificateId() + "/credential");
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    assertThat(reply.raw().headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/vc+jwt");
    return VcJwt.parse(reply.body());
  }

  private static VcJwt statusListOf(VcJwt credential) {
    String url =
        credential.payload().path("credentialStatus").path("statusListCredential").asText();
    assertThat(url).startsWith(server.url("/api/v1/status-lists/"));
    LoopbackClient.Reply reply =
        LoopbackClient.from(server, "127.0.3.2").get(url.substring(server.url("").length()));
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    assertThat(reply.header("Content-Type")).startsWith("application/vc+jwt");
    return VcJwt.parse(reply.body());
  }

  @Test
  void aCertificateIsFoundByItsCodeInAnySpellingAndShowsOnlyWhatThePublicMaySee() {
    Certified.Holder holder = Certified.holder(server, "FACILITATOR");
    LoopbackClient verifier = LoopbackClient.from(server, "127.0.2.1");

    for (String spelling :
        List.of(
            holder.code(),
            holder.code().toLowerCase(Locale.ROOT),
            holder.plainCode(),
            " " + holder.plainCode().toLowerCase(Locale.ROOT) + " ")) {
      LoopbackClient.Reply reply =
          verifier.get("/api/v1/verifications/" + spelling.replace(" ", "%20"));
      assertThat(reply.status()).as(spelling + ": " + reply.body()).isEqualTo(200);
      JsonNode body = json(reply);
      assertThat(body.path("code").asText()).isEqualTo(holder.code());
      assertThat(body.path("displayName").asText()).isEqualTo(holder.displayName());
      assertThat(body.path("credential").asText()).isEqualTo("FACILITATOR");
      assertThat(body.path("status").asText()).isEqualTo("ACTIVE");
      assertThat(body.path("issuedOn").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
      assertThat(body.path("expiresOn").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
      assertThat(body.path("issuer").asText()).isNotBlank();
      List<String> fields = new ArrayList<>();
      body.fieldNames().forEachRemaining(fields::add);
      assertThat(fields)
          .containsExactlyInAnyOrder(
              "code", "displayName", "credential", "status", "issuedOn", "expiresOn", "issuer");
      assertThat(reply.body())
          .doesNotContain(holder.email(), holder.accountId(), holder.certificateId());
      assertThat(reply.header("X-Robots-Tag")).contains("noindex");
      assertThat(reply.header("Cache-Control")).contains("no-store");
    }
  }

  @Test
  void theSignedCredentialValidatesAgainstTheOfficialSchemaAndVerifiesWithTheJwksAlone() {
    Certified.Holder holder = Certified.holder(server, "HOST");

    VcJwt credential = credentialOf(holder);

    assertThat(credential.header().path("alg").asText()).isEqualTo("RS256");
    assertThat(credential.header().path("typ").asText()).isEqualTo("JWT");
    assertThat(credential.header().path("kid").asText())
        .startsWith(server.url("/api/v1/issuer-keys/"));
    List<String> headerFields = new ArrayList<>();
    credential.header().fieldNames().forEachRemaining(headerFields::add);
    assertThat(headerFields).containsExactlyInAnyOrder("alg", "typ", "kid");
    assertThat(OpenBadgeSchema.problems(credential.rawPayload())).isEmpty();
    assertThat(credential.verifiesWith(jwks())).isTrue();

    JsonNode vc = credential.payload();
    assertThat(vc.path("type").toString()).contains("VerifiableCredential", "OpenBadgeCredential");
    assertThat(vc.path("issuer").path("id").asText()).isEqualTo(server.url(""));
    assertThat(vc.path("iss").asText()).isEqualTo(server.url(""));
    assertThat(vc.path("jti").asText()).isEqualTo(vc.path("id").asText());
    String subject = vc.path("credentialSubject").path("id").asText();
    assertThat(subject).startsWith("urn:uuid:").isEqualTo(vc.path("sub").asText());
    assertThat(vc.path("validFrom").asText()).endsWith("T00:00:00Z");
    assertThat(vc.path("validUntil").asText()).endsWith("T00:00:00Z");
    assertThat(vc.path("credentialSubject").path("achievement").path("name").asText())
        .isEqualTo("Certified Meeting Host");
    JsonNode status = vc.path("credentialStatus");
    assertThat(status.isObject()).isTrue();
    assertThat(status.path("type").asText()).isEqualTo("BitstringStatusListEntry");
    assertThat(status.path("statusPurpose").asText()).isEqualTo("revocation");
    assertThat(credential.rawPayload())
        .doesNotContain(
            holder.email(),
            holder.accountId(),
            holder.certificateId(),
            holder.displayName(),
            holder.plainCode());

    // The pseudonym is stable: every download names the holder the same way.
    assertThat(credentialOf(holder).payload().path("sub").asText()).isEqualTo(subject);
  }

  @Test
  void revokingSetsTheBitInTheStatusListAndTheApiAnswersRevoked() {
    Certified.Holder holder = Certified.holder(server, "FACILITATOR");
    VcJwt credential = credentialOf(holder);
    int index =
        Integer.parseInt(
            credential.payload().path("credentialStatus").path("statusListIndex").asText());
    VcJwt before = statusListOf(credential);
    assertThat(before.verifiesWith(jwks())).isTrue();
    assertThat(before.statusListSize()).isGreaterThanOrEqualTo(131_072);
    assertThat(before.statusBit(index)).isFalse();
    assertThat(before.payload().path("type").toString()).contains("BitstringStatusListCredential");

    Certified.changeStatus(server, holder, "REVOKED", "Left the program after a complaint");

    LoopbackClient verifier = LoopbackClient.from(server, "127.0.2.2");
    await()
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(500))
        .untilAsserted(
            () ->
                assertThat(
                        json(verifier.get("/api/v1/verifications/" + holder.code()))
                            .path("status")
                            .asText())
                    .isEqualTo("REVOKED"));
    VcJwt after = statusListOf(credential);
    assertThat(after.statusBit(index)).isTrue();
    assertThat(after.verifiesWith(jwks())).isTrue();
  }

  @Test
  void suspendingAnswersInactiveWithNoReasonAnywhereInTheResponse() {
    Certified.Holder holder = Certified.holder(server, "FACILITATOR");
    String reason = "Concern raised by a participant, under review";

    Certified.changeStatus(server, holder, "SUSPENDED", reason);

    LoopbackClient verifier = LoopbackClient.from(server, "127.0.2.3");
    await()
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(500))
        .untilAsserted(
            () -> {
              LoopbackClient.Reply reply = verifier.get("/api/v1/verifications/" + holder.code());
              assertThat(reply.status()).isEqualTo(200);
              assertThat(json(reply).path("status").asText()).isEqualTo("INACTIVE");
              String everything = reply.headers() + reply.body();
              assertThat(everything.toLowerCase(Locale.ROOT))
                  .doesNotContain("suspend", "review", "concern", "reason");
            });
    // The revocation list does not show a suspension either.
    VcJwt credential = credentialOf(holder);
    int index =
        Integer.parseInt(
            credential.payload().path("credentialStatus").path("statusListIndex").asText());
    assertThat(statusListOf(credential).statusBit(index)).isFalse();
    assertThat(credential.rawPayload().toLowerCase(Locale.ROOT))
        .doesNotContain("suspend", "review");
  }

  @Test
  void aClientOverTheLimitGets429WithRetryAfterWhileOthersAreStillAnswered() {
    // The limit counts per calendar minute: start early in one so all requests fall into it.
    await()
        .atMost(Duration.ofSeconds(70))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> LocalTime.now().getSecond() < 40);
    LoopbackClient busy = LoopbackClient.from(server, "127.0.4.1");
    for (int i = 0; i < 30; i++) {
      assertThat(busy.get("/api/v1/verifications/" + randomCode()).status())
          .as("request " + (i + 1))
          .isEqualTo(404);
    }

    LoopbackClient.Reply refused = busy.get("/api/v1/verifications/" + randomCode());
    assertThat(refused.status()).isEqualTo(429);
    assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 60L);
    assertThat(json(refused).path("error").asText()).isEqualTo("rate-limited");
    // The page is the same door for guessing: it is limited with the API.
    LoopbackClient.Reply page = busy.get("/verify/" + randomCode());
    assertThat(page.status()).isEqualTo(429);
    assertThat(page.header("Retry-After")).isNotBlank();

    assertThat(
            LoopbackClient.from(server, "127.0.4.2")
                .get("/api/v1/verifications/" + randomCode())
                .status())
        .isEqualTo(404);
  }

  @Test
  void manyRandomCodesAllGetIdenticalNotFoundAnswers() {
    SecureRandom random = new SecureRandom();
    List<String> guesses = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      guesses.add(randomCode());
    }
    for (int i = 0; i < 25; i++) {
      guesses.add(randomCode().substring(0, 1 + random.nextInt(15)));
    }
    for (int i = 0; i < 25; i++) {
      guesses.add(randomCode().toLowerCase(Locale.ROOT) + "U");
    }

    Set<String> bodies = new HashSet<>();
    Set<String> shapes = new HashSet<>();
    for (int i = 0; i < guesses.size(); i++) {
      // 25 guesses per client address keeps every client under its limit.
      LoopbackClient guesser = LoopbackClient.from(server, "127.0.5." + (1 + i / 25));
      LoopbackClient.Reply reply = guesser.get("/api/v1/verifications/" + guesses.get(i));
      assertThat(reply.status()).as(guesses.get(i)).isEqualTo(404);
      bodies.add(reply.body());
      Map<String, String> headers = new java.util.TreeMap<>(reply.headers());
      headers.remove("date");
      shapes.add(headers.toString());
    }
    assertThat(bodies).hasSize(1);
    assertThat(bodies.iterator().next()).doesNotContain(guesses.get(0));
    assertThat(shapes).as("headers, Content-Length included").hasSize(1);
  }

  @Test
  void theHolderSeesWhenTheirCertificateWasCheckedAndThroughWhichDoorButNotByWhom() {
    Certified.Holder holder = Certified.holder(server, "FACILITATOR");
    LoopbackClient verifier = LoopbackClient.from(server, "127.0.2.4");
    assertThat(verifier.get("/api/v1/verifications/" + holder.code()).status()).isEqualTo(200);
    assertThat(verifier.get("/verify/" + holder.code()).status()).isEqualTo(200);

    Api.Reply log = holder.api(server).get("/me/verifications");

    assertThat(log.status()).isEqualTo(200);
    JsonNode checks = log.json().path("checks");
    assertThat(checks.size()).isEqualTo(2);
    Set<String> channels = new HashSet<>();
    for (JsonNode check : checks) {
      channels.add(check.path("channel").asText());
      assertThat(check.path("code").asText()).isEqualTo(holder.code());
      assertThat(check.path("checkedAt").asText()).isNotBlank();
    }
    assertThat(channels).containsExactlyInAnyOrder("API", "PAGE");
    assertThat(log.body()).doesNotContain("127.0.");

    Api.Reply someoneElses =
        Api.as(server, Accounts.TRAINEE, Accounts.PASSWORD).get("/me/verifications");
    assertThat(someoneElses.body()).doesNotContain(holder.code());
  }

  @Test
  void lookingACertificateUpOnThePageOpensNoSession() {
    Certified.Holder holder = Certified.holder(server, "FACILITATOR");
    LoopbackClient visitor = LoopbackClient.from(server, "127.0.2.5");

    LoopbackClient.Reply page = visitor.get("/verify/" + holder.code());
    LoopbackClient.Reply form = visitor.get("/verify");

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("id=\"status\"");
    assertThat(page.header("Set-Cookie")).as("a QR scan keeps nothing per visitor").isNull();
    assertThat(form.status()).isEqualTo(200);
    assertThat(form.header("Set-Cookie")).isNull();
  }

  @Test
  void aCredentialExistsOnlyForItsHolder() {
    Certified.Holder holder = Certified.holder(server, "FACILITATOR");

    Api.Reply other =
        Api.as(server, Accounts.TRAINEE, Accounts.PASSWORD)
            .get("/certificates/" + holder.certificateId() + "/credential");
    assertThat(other.status()).isEqualTo(404);
    assertThat(
            Api.anonymous(server)
                .get("/certificates/" + holder.certificateId() + "/credential")
                .status())
        .isEqualTo(401);
  }

  @Test
  void rotatingTheKeyKeepsEarlierCredentialsVerifiable() {
    Certified.Holder holder = Certified.holder(server, "FACILITATOR");
    VcJwt before = credentialOf(holder);

    Api.Reply rotated =
        Api.as(server, Accounts.ADMIN, Accounts.PASSWORD).post("/admin/issuer-keys", Map.of());
    assertThat(rotated.status()).as(rotated.body()).isEqualTo(201);
    String newKid = rotated.json().path("kid").asText();

    VcJwt after = credentialOf(holder);
    JsonNode keys = jwks();
    assertThat(after.header().path("kid").asText()).isEqualTo(newKid);
    assertThat(before.header().path("kid").asText()).isNotEqualTo(newKid);
    assertThat(before.verifiesWith(keys)).isTrue();
    assertThat(after.verifiesWith(keys)).isTrue();
    for (JsonNode key : keys.path("keys")) {
      assertThat(key.has("d")).as("private parts are never published").isFalse();
      assertThat(key.has("p")).isFalse();
    }
    assertThat(server.log()).doesNotContain("\"d\":\"");

    assertThat(
            Api.as(server, Accounts.TRAINEE, Accounts.PASSWORD)
                .post("/admin/issuer-keys", Map.of())
                .status())
        .isEqualTo(403);
  }

  @Test
  void theKeySetIsAtTheRootNotUnderTheApi() {
    assertThat(jwks().path("keys").size()).isPositive();
    assertThat(Api.anonymous(server).get("/.well-known/jwks.json").status()).isEqualTo(404);
  }

  @Test
  void everyVerificationOperationIsDescribedAtOpenapi() {
    String openapi = LoopbackClient.from(server, "127.0.3.3").get("/openapi").body();
    assertThat(openapi)
        .contains(
            "/api/v1/verifications/{code}",
            "/api/v1/status-lists/{id}",
            "/api/v1/certificates/{id}/credential",
            "/api/v1/me/verifications",
            "/api/v1/admin/issuer-keys");
  }

  private static String randomCode() {
    SecureRandom random = new SecureRandom();
    StringBuilder code = new StringBuilder();
    for (int i = 0; i < 16; i++) {
      code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return code.toString();
  }
}
