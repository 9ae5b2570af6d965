package org.facilitatoracademy.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.facilitatoracademy.verification.DataIntegrityCheck;
import org.facilitatoracademy.verification.DataIntegrityCheck.WalletKey;
import org.facilitatoracademy.verification.OpenBadgeSchema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A wallet simulated with its own did:key follows a holder's offer through the VC-API exchange, the
 * way the Learner Credential Wallet does: the request for DID authentication, a presentation signed
 * over the challenge, and the credential bound to the wallet's DID; and every way of getting it
 * wrong issues nothing.
 */
class WalletExchangeApiIT {

  private static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.shared();
  }

  /** An offer as the holder's client reads it, with the parameters of its wallet link. */
  private record Offer(String exchangePath, String challenge, String offerUrl, JsonNode json) {}

  private static Offer offer(Certified.Holder holder) {
    Api.Reply reply =
        holder
            .api(server)
            .post("/me/certificates/" + holder.certificateId() + "/wallet-offers", Map.of());
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    JsonNode json = reply.json();
    String offerUrl = json.path("offerUrl").asText();
    Map<String, String> query = new HashMap<>();
    for (String pair : URI.create(offerUrl).getRawQuery().split("&")) {
      String[] kv = pair.split("=", 2);
      query.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
    }
    assertThat(query.get("auth_type")).isEqualTo("bearer");
    assertThat(query.get("issuer")).isEqualTo("localhost");
    String exchangeUrl = json.path("exchangeUrl").asText();
    assertThat(query.get("vc_request_url")).isEqualTo(exchangeUrl);
    assertThat(exchangeUrl).startsWith(server.url("/api/v1/exchanges/"));
    assertThat(Instant.parse(json.path("expiresAt").asText())).isAfter(Instant.now());
    return new Offer(
        exchangeUrl.substring(server.url("/api/v1").length()),
        query.get("challenge"),
        offerUrl,
        json);
  }

  private static Api.Reply post(String path, JsonObject body) {
    return Api.anonymous(server).post(path, "application/json", body.toString());
  }

  private static Api.Reply answer(Offer offer, JsonObject presentation) {
    return post(
        offer.exchangePath(),
        Json.createObjectBuilder().add("verifiablePresentation", presentation).build());
  }

  /** The issuer's key for the credential's proof, from the DID document fetched over HTTP. */
  private static byte[] issuerKey(JsonObject credential) {
    String method =
        credential.getJsonArray("proof").getJsonObject(0).getString("verificationMethod");
    JsonObject document =
        DataIntegrityCheck.parse(
            LoopbackClient.from(server, "127.0.11.1").get("/.well-known/did.json").body());
    for (var value : document.getJsonArray("verificationMethod")) {
      JsonObject vm = value.asJsonObject();
      if (vm.getString("id").equals(method)) {
        return DataIntegrityCheck.rawKey(vm.getString("publicKeyMultibase"));
      }
    }
    throw new AssertionError(method + " is not in " + document);
  }

  @Test
  void aWalletFollowsTheOfferProvesItsDidAndReceivesACredentialBoundToIt() {
    Certified.Holder holder = Certified.holder(server, "FACILITATOR");
    WalletKey wallet = WalletKey.generate();
    // The audit listing gives the oldest events of its window first: start the window here, so
    // events of other tests on the shared server cannot push this offer's events out of it.
    Instant started = Instant.now().minusSeconds(1);
    Offer offer = offer(holder);

    Api.Reply request = post(offer.exchangePath(), Json.createObjectBuilder().build());
    assertThat(request.status()).as(request.body()).isEqualTo(200);
    JsonNode vpr = request.json().path("verifiablePresentationRequest");
    assertThat(vpr.path("query").path("type").asText()).isEqualTo("DIDAuthentication");
    assertThat(vpr.path("challenge").asText()).isEqualTo(offer.challenge());
    String domain = vpr.path("domain").asText();
    assertThat(domain).isEqualTo(server.url(""));
    String next = vpr.path("interact").path("service").get(0).path("serviceEndpoint").asText();
    assertThat(next).isEqualTo(offer.json().path("exchangeUrl").asText());

    Api.Reply issued =
        answer(offer, wallet.presentation(vpr.path("challenge").asText(), domain, false, wallet));

    assertThat(issued.status()).as(issued.body()).isEqualTo(200);
    JsonObject credential =
        DataIntegrityCheck.parse(issued.body())
            .getJsonObject("verifiablePresentation")
            .getJsonArray("verifiableCredential")
            .getJsonObject(0);
    assertThat(credential.getJsonObject("credentialSubject").getString("id"))
        .isEqualTo(wallet.did());
    assertThat(DataIntegrityCheck.verifies(credential, issuerKey(credential))).isTrue();
    assertThat(OpenBadgeSchema.problems(credential.toString())).isEmpty();

    Api.Reply again = answer(offer, wallet.presentation(offer.challenge(), domain, false, wallet));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.error()).isEqualTo("offer-used");
    assertThat(again.body()).doesNotContain("proof");
    assertThat(post(offer.exchangePath(), Json.createObjectBuilder().build()).error())
        .isEqualTo("offer-used");

    JsonNode export = holder.api(server).get("/me/export").json().path("walletOffers");
    assertThat(export.size()).isEqualTo(1);
    assertThat(export.get(0).path("walletDid").asText()).isEqualTo(wallet.did());
    assertThat(export.get(0).path("certificateId").asText()).isEqualTo(holder.certificateId());

    Api.Reply audit =
        Api.as(server, Accounts.ADMIN, Accounts.PASSWORD).get("/admin/audit?from=" + started);
    assertThat(audit.status()).as(audit.body()).isEqualTo(200);
    java.util.List<String> actions = new java.util.ArrayList<>();
    audit
        .json()
        .forEach(
            e -> {
              if (e.path("subject").asText().equals(holder.certificateId())) {
                actions.add(e.path("action").asText() + " " + e.path("details").asText());
              }
            });
    assertThat(actions).contains("wallet-offer.used " + wallet.did());
    assertThat(actions).anyMatch(a -> a.startsWith("wallet-offer.created"));
  }

  @Test
  void theWalletsDirectLinkPostsAPresentationWithoutDomainAndDataIntegrityProofsWorkToo() {
    Certified.Holder holder = Certified.holder(server, "HOST");
    WalletKey wallet = WalletKey.generate();
    Offer offer = offer(holder);

    Api.Reply issued =
        post(offer.exchangePath(), wallet.presentation(offer.challenge(), null, true, wallet));

    assertThat(issued.status()).as(issued.body()).isEqualTo(200);
    JsonObject credential = DataIntegrityCheck.parse(issued.body());
    assertThat(credential.getJsonArray("type").getString(0))
        .as("a bare credential, as the wallet's direct link expects")
        .isEqualTo("VerifiableCredential");
    assertThat(credential.getJsonObject("credentialSubject").getString("id"))
        .isEqualTo(wallet.did());
    assertThat(DataIntegrityCheck.verifies(credential, issuerKey(credential))).isTrue();
  }

  @Test
  void aWrongChallengeABadSignatureAnotherKeyOrDomainIssueNothingAndLeaveTheOfferOpen() {
    Certified.Holder holder = Certified.holder(server, "FACILITATOR");
    WalletKey wallet = WalletKey.generate();
    WalletKey intruder = WalletKey.generate();
    Offer offer = offer(holder);
    String domain = server.url("");

    Api.Reply wrongChallenge = answer(offer, wallet.presentation("guessed", domain, false, wallet));
    assertThat(wrongChallenge.status()).isEqualTo(422);
    assertThat(wrongChallenge.error()).isEqualTo("did-authentication-failed");
    assertThat(wrongChallenge.json().path("message").asText()).contains("challenge");

    JsonObject signed = wallet.presentation(offer.challenge(), domain, false, wallet);
    JsonObject proof = signed.getJsonObject("proof");
    String value = proof.getString("proofValue");
    char swapped = value.charAt(20) == '2' ? '3' : '2';
    JsonObject badSignature =
        Json.createObjectBuilder(signed)
            .add(
                "proof",
                Json.createObjectBuilder(proof)
                    .add("proofValue", value.substring(0, 20) + swapped + value.substring(21)))
            .build();
    Api.Reply bad = answer(offer, badSignature);
    assertThat(bad.status()).isEqualTo(422);
    assertThat(bad.json().path("message").asText()).contains("does not verify");

    JsonObject otherHolder = Json.createObjectBuilder(signed).add("holder", intruder.did()).build();
    assertThat(answer(offer, otherHolder).status()).isEqualTo(422);
    assertThat(
            answer(
                    offer,
                    wallet.presentation(
                        offer.challenge(), "https://elsewhere.example", false, wallet))
                .json()
                .path("message")
                .asText())
        .contains("domain");
    Api.Reply notJson =
        Api.anonymous(server).post(offer.exchangePath(), "application/json", "{nope");
    assertThat(notJson.status()).isEqualTo(400);

    Api.Reply rightAfterAll = answer(offer, signed);
    assertThat(rightAfterAll.status()).as(rightAfterAll.body()).isEqualTo(200);
  }

  @Test
  void aTamperedOrUnknownExchangeAndAnotherPersonsCertificateGetClearErrors() {
    Certified.Holder holder = Certified.holder(server, "FACILITATOR");
    Certified.Holder other = Certified.holder(server, "HOST");
    Offer offer = offer(holder);
    String path = offer.exchangePath();
    String tampered = path.substring(0, path.length() - 1) + (path.endsWith("A") ? "B" : "A");

    Api.Reply unknown = post(tampered, Json.createObjectBuilder().build());
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.error()).isEqualTo("unknown-exchange");
    assertThat(
            other
                .api(server)
                .post("/me/certificates/" + holder.certificateId() + "/wallet-offers", Map.of())
                .status())
        .isEqualTo(404);
    assertThat(
            Api.anonymous(server)
                .post("/me/certificates/" + holder.certificateId() + "/wallet-offers", Map.of())
                .status())
        .isEqualTo(401);
    JsonNode protocols = Api.anonymous(server).get(path).json().path("protocols");
    assertThat(protocols.path("vcapi").asText())
        .isEqualTo(offer.json().path("exchangeUrl").asText());
    assertThat(protocols.path("lcw").asText()).isEqualTo(offer.offerUrl());
  }

  @Test
  void aRevokedCertificateIsNotOffered() {
    Certified.Holder holder = Certified.holder(server, "FACILITATOR");
    Certified.changeStatus(server, holder, "REVOKED", "Decided");
    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(
                        holder
                            .api(server)
                            .post(
                                "/me/certificates/" + holder.certificateId() + "/wallet-offers",
                                Map.of())
                            .error())
                    .isEqualTo("certificate-revoked"));
  }
}
