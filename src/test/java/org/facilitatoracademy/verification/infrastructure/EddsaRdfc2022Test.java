package org.facilitatoracademy.verification.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Random;
import org.facilitatoracademy.verification.DataIntegrityCheck;
import org.facilitatoracademy.verification.DataIntegrityCheck.WalletKey;
import org.facilitatoracademy.verification.OpenBadgeSchema;
import org.facilitatoracademy.verification.domain.AchievementWording;
import org.facilitatoracademy.verification.domain.Credential;
import org.facilitatoracademy.verification.domain.CredentialSubject;
import org.facilitatoracademy.verification.domain.DataIntegrity;
import org.facilitatoracademy.verification.domain.HeldStatus;
import org.facilitatoracademy.verification.domain.IssuerProfile;
import org.facilitatoracademy.verification.domain.OpenBadgeCredential;
import org.facilitatoracademy.verification.domain.StatusList;
import org.facilitatoracademy.verification.domain.StatusListCredential;
import org.facilitatoracademy.verification.domain.VerifiableCertificate;
import org.facilitatoracademy.verification.domain.VerificationCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EddsaRdfc2022Test {

  private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
  private static final IssuerProfile ISSUER =
      new IssuerProfile("https://academy.example.org:8443", "Facilitator Academy");
  private static final String CHALLENGE = "6d1f0c7e-94d2-4f43-8a65-61f1f2d7a0b1";
  private static final String DOMAIN = "https://academy.example.org:8443";

  @TempDir Path keyDir;

  private FileDataIntegrityKeys keys() {
    IssuerKeyDirectory directory = new IssuerKeyDirectory();
    directory.keyDir = Optional.of(keyDir.toString());
    directory.dataDir = "unused";
    return new FileDataIntegrityKeys(directory, Clock.systemUTC());
  }

  private final StatusList list = StatusList.forRevocation(StatusList.MINIMUM_SIZE, NOW);
  private final VerifiableCertificate certificate =
      new VerifiableCertificate(
          "0b7d6f0a-1111-4222-8333-944455556666",
          "6f1c1f9e-4a47-4d0c-9a53-0c1f1b3d5e77",
          VerificationCode.read("ABCD-EFGH-JKMN-PQRS").orElseThrow(),
          Credential.FACILITATOR,
          "Sam T.",
          HeldStatus.ACTIVE,
          LocalDate.of(2026, 11, 20),
          LocalDate.of(2028, 11, 20),
          list,
          list.assignIndex(new Random(3)),
          NOW);
  private final OpenBadgeCredential badge =
      new OpenBadgeCredential(
          ISSUER,
          certificate,
          new CredentialSubject("6f1c1f9e-4a47-4d0c-9a53-0c1f1b3d5e77"),
          new AchievementWording(
              "Certified Meeting Facilitator",
              "Trained to lead structured group meetings.",
              "Completed every module of the course \"facilitator\".\nObserved two meetings."),
          list);

  @Test
  void aSecuredCredentialVerifiesWithAnIndependentCheckAndTheSchemaAndFailsOnceTampered() {
    FileDataIntegrityKeys keys = keys();
    EddsaRdfc2022 suite = new EddsaRdfc2022(keys, Clock.fixed(NOW, ZoneOffset.UTC));

    JsonObject secured = suite.secure(badge.toLinkedData("did:key:z6MkWallet"), ISSUER.did());

    byte[] key = DataIntegrityCheck.rawKey(keys.publicKeys().get(0));
    assertThat(DataIntegrityCheck.verifies(secured, key)).isTrue();
    assertThat(OpenBadgeSchema.problems(secured.toString())).isEmpty();
    JsonObject proof = secured.getJsonArray("proof").getJsonObject(0);
    assertThat(proof.getString("verificationMethod"))
        .isEqualTo("did:web:academy.example.org%3A8443#" + keys.publicKeys().get(0));
    assertThat(proof.getString("created")).isEqualTo("2026-12-04T10:00:00Z");

    String text = secured.toString();
    String tampered = text.replace("Sam", "Sam").replace("Certified Meeting", "Certified Meetinh");
    assertThat(tampered).isNotEqualTo(text);
    assertThat(DataIntegrityCheck.verifies(DataIntegrityCheck.parse(tampered), key)).isFalse();
  }

  /**
   * JSON-LD drops a term no context defines, and what is dropped is not signed: so every value of
   * the credential, changed on its own, must break the proof.
   */
  @Test
  void everyValueOfTheCredentialIsCoveredByTheProof() {
    FileDataIntegrityKeys keys = keys();
    EddsaRdfc2022 suite = new EddsaRdfc2022(keys, Clock.fixed(NOW, ZoneOffset.UTC));
    JsonObject secured = suite.secure(badge.toLinkedData("did:key:z6MkWallet"), ISSUER.did());
    byte[] key = DataIntegrityCheck.rawKey(keys.publicKeys().get(0));
    JsonObject unsecured = Json.createObjectBuilder(secured).remove("proof").build();

    java.util.List<String> pointers = new java.util.ArrayList<>();
    collect(unsecured, "", pointers);
    assertThat(pointers).hasSizeGreaterThan(20);
    for (String pointer : pointers) {
      if (pointer.startsWith("/@context")) {
        continue;
      }
      jakarta.json.JsonPointer at = Json.createPointer(pointer);
      String value = ((jakarta.json.JsonString) at.getValue(secured)).getString();
      JsonObject changed = at.replace(secured, Json.createValue(value + "1"));
      assertThat(DataIntegrityCheck.verifies(changed, key)).as(pointer + " is signed").isFalse();
    }
  }

  private static void collect(jakarta.json.JsonValue value, String at, java.util.List<String> out) {
    if (value instanceof JsonObject o) {
      o.forEach((k, v) -> collect(v, at + "/" + k.replace("~", "~0").replace("/", "~1"), out));
    } else if (value instanceof jakarta.json.JsonArray a) {
      for (int i = 0; i < a.size(); i++) {
        collect(a.get(i), at + "/" + i, out);
      }
    } else if (value instanceof jakarta.json.JsonString) {
      out.add(at);
    }
  }

  @Test
  void theStatusListCarriesTheSameKindOfProof() {
    FileDataIntegrityKeys keys = keys();
    EddsaRdfc2022 suite = new EddsaRdfc2022(keys, Clock.fixed(NOW, ZoneOffset.UTC));

    JsonObject secured =
        suite.secure(new StatusListCredential(ISSUER, list).toLinkedData(), ISSUER.did());

    assertThat(
            DataIntegrityCheck.verifies(
                secured, DataIntegrityCheck.rawKey(keys.publicKeys().get(0))))
        .isTrue();
    assertThat(secured.getJsonObject("issuer").getString("id")).isEqualTo(ISSUER.did());
  }

  @Test
  void aRotatedKeySignsFromThenOnAndTheOldOneStaysPublished() {
    FileDataIntegrityKeys keys = keys();
    String first = keys.current().publicKeyMultibase();
    String second = keys.rotate();

    assertThat(keys.publicKeys()).containsExactly(second, first);
    assertThat(keys.current().publicKeyMultibase()).isEqualTo(second);
    assertThat(keys().publicKeys()).as("read back from the files").containsExactly(second, first);
  }

  @Test
  void aContextThatIsNotBundledIsAnErrorNeverADownload() {
    JsonObject document =
        Json.createObjectBuilder()
            .add("@context", "https://example.org/unknown-context.jsonld")
            .add("name", "x")
            .build();

    assertThatThrownBy(() -> RdfCanonicalForm.of(document))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("https://example.org/unknown-context.jsonld is not bundled");
  }

  @Test
  void aWalletsPresentationAuthenticatesItsDidInBothSuites() throws Exception {
    EddsaRdfc2022 suite = new EddsaRdfc2022(keys(), Clock.fixed(NOW, ZoneOffset.UTC));
    WalletKey wallet = WalletKey.generate();

    for (boolean dataIntegrity : new boolean[] {false, true}) {
      DataIntegrity.Authentication withDomain =
          suite.authenticate(
              wallet.presentation(CHALLENGE, DOMAIN, dataIntegrity, wallet), CHALLENGE, DOMAIN);
      assertThat(withDomain.holder()).as(withDomain.problem()).contains(wallet.did());
      DataIntegrity.Authentication withoutDomain =
          suite.authenticate(
              wallet.presentation(CHALLENGE, null, dataIntegrity, wallet), CHALLENGE, DOMAIN);
      assertThat(withoutDomain.holder()).as(withoutDomain.problem()).contains(wallet.did());
    }
  }

  @Test
  void aPresentationOverAnotherChallengeDomainOrKeyOrAlteredIsRefused() {
    EddsaRdfc2022 suite = new EddsaRdfc2022(keys(), Clock.fixed(NOW, ZoneOffset.UTC));
    WalletKey wallet = WalletKey.generate();
    WalletKey other = WalletKey.generate();

    assertThat(
            suite
                .authenticate(
                    wallet.presentation("another-challenge", DOMAIN, false, wallet),
                    CHALLENGE,
                    DOMAIN)
                .problem())
        .contains("challenge");
    assertThat(
            suite
                .authenticate(
                    wallet.presentation(CHALLENGE, "https://elsewhere.example", false, wallet),
                    CHALLENGE,
                    DOMAIN)
                .problem())
        .contains("domain");
    assertThat(
            suite
                .authenticate(
                    wallet.presentation(CHALLENGE, DOMAIN, false, other), CHALLENGE, DOMAIN)
                .problem())
        .contains("does not belong");
    JsonObject signed = wallet.presentation(CHALLENGE, DOMAIN, true, wallet);
    JsonObject altered = Json.createObjectBuilder(signed).add("holder", other.did()).build();
    assertThat(suite.authenticate(altered, CHALLENGE, DOMAIN).holder()).isEmpty();
    JsonObject proof = signed.getJsonObject("proof");
    String value = proof.getString("proofValue");
    String flipped =
        value.substring(0, 10) + (value.charAt(10) == 'a' ? 'b' : 'a') + value.substring(11);
    JsonObject badSignature =
        Json.createObjectBuilder(signed)
            .add("proof", Json.createObjectBuilder(proof).add("proofValue", flipped))
            .build();
    assertThat(suite.authenticate(badSignature, CHALLENGE, DOMAIN).problem())
        .contains("does not verify");
  }

  @Test
  void aKeyFileHoldsTheKeyAndTheLogNeverItsPrivatePart() throws Exception {
    FileDataIntegrityKeys keys = keys();
    String multikey = keys.current().publicKeyMultibase();

    try (var files = Files.list(keyDir)) {
      Path file =
          files.filter(f -> f.toString().endsWith(".ed25519.json")).findFirst().orElseThrow();
      JsonObject jwk = DataIntegrityCheck.parse(Files.readString(file));
      assertThat(jwk.getString("kty")).isEqualTo("OKP");
      assertThat(jwk.getString("crv")).isEqualTo("Ed25519");
      assertThat(keys.current().toString()).contains(multikey).doesNotContain(jwk.getString("d"));
    }
  }
}
