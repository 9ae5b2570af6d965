package org.facilitatoracademy.verification.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.facilitatoracademy.verification.domain.DataIntegrity;
import org.facilitatoracademy.verification.domain.DataIntegrityKeys;
import org.facilitatoracademy.verification.domain.Multikey;

/**
 * The {@code eddsa-rdfc-2022} cryptosuite (W3C Data Integrity EdDSA Cryptosuites v1.0): the
 * document without its proof and the proof's configuration are each canonicalised (RDFC-1.0) and
 * hashed with SHA-256; Ed25519 signs the proof hash followed by the document hash. {@code
 * Ed25519Signature2020}, which some wallets still use for DID authentication, computes the same
 * bytes, so one check serves both.
 */
@ApplicationScoped
public class EddsaRdfc2022 implements DataIntegrity {

  static final String CRYPTOSUITE = "eddsa-rdfc-2022";

  @Inject private DataIntegrityKeys keys;
  @Inject private Clock clock;

  EddsaRdfc2022() {}

  EddsaRdfc2022(DataIntegrityKeys keys, Clock clock) {
    this.keys = keys;
    this.clock = clock;
  }

  @Override
  public JsonObject secure(JsonObject unsecured, String issuerDid) {
    DataIntegrityKeys.SigningKey key = keys.current();
    JsonObject config =
        Json.createObjectBuilder()
            .add("@context", unsecured.get("@context"))
            .add("type", "DataIntegrityProof")
            .add("cryptosuite", CRYPTOSUITE)
            .add(
                "created",
                DateTimeFormatter.ISO_INSTANT.format(
                    clock.instant().truncatedTo(ChronoUnit.SECONDS)))
            .add("verificationMethod", issuerDid + "#" + key.publicKeyMultibase())
            .add("proofPurpose", "assertionMethod")
            .build();
    String proofValue = Multikey.base58btc(key.sign(hashData(unsecured, config)));
    JsonObjectBuilder proof = Json.createObjectBuilder(config).remove("@context");
    proof.add("proofValue", proofValue);
    return Json.createObjectBuilder(unsecured)
        .add("proof", Json.createArrayBuilder().add(proof))
        .build();
  }

  @Override
  public Authentication authenticate(JsonObject presentation, String challenge, String domain) {
    if (!types(presentation.get("type")).contains("VerifiablePresentation")) {
      return Authentication.refused("This is not a verifiable presentation.");
    }
    Optional<String> holder = idOf(presentation.get("holder"));
    if (holder.isEmpty()) {
      return Authentication.refused("The presentation names no holder.");
    }
    List<JsonObject> proofs = objects(presentation.get("proof"));
    if (proofs.isEmpty()) {
      return Authentication.refused("The presentation carries no proof.");
    }
    JsonObject unsecured = Json.createObjectBuilder(presentation).remove("proof").build();
    String problem =
        "The presentation has no proof of type Ed25519Signature2020 or eddsa-rdfc-2022.";
    for (JsonObject proof : proofs) {
      Optional<String> refused = check(unsecured, proof, holder.get(), challenge, domain);
      if (refused.isEmpty()) {
        return Authentication.of(holder.get());
      }
      problem = refused.get();
    }
    return Authentication.refused(problem);
  }

  private static Optional<String> check(
      JsonObject unsecured, JsonObject proof, String holder, String challenge, String domain) {
    String type = proof.getString("type", "");
    boolean suite =
        "Ed25519Signature2020".equals(type)
            || ("DataIntegrityProof".equals(type)
                && CRYPTOSUITE.equals(proof.getString("cryptosuite", "")));
    if (!suite) {
      return Optional.of(
          "The presentation has no proof of type Ed25519Signature2020 or eddsa-rdfc-2022.");
    }
    if (!"authentication".equals(proof.getString("proofPurpose", ""))) {
      return Optional.of("The proof's purpose must be authentication.");
    }
    if (!challenge.equals(proof.getString("challenge", null))) {
      return Optional.of("The proof is not over this exchange's challenge.");
    }
    if (proof.containsKey("domain") && !strings(proof.get("domain")).contains(domain)) {
      return Optional.of("The proof is for another domain.");
    }
    String method = proof.getString("verificationMethod", "");
    Optional<byte[]> key = Multikey.ofDidKey(method);
    if (key.isEmpty()) {
      return Optional.of("The proof's verification method must be a did:key Ed25519 key.");
    }
    if (!Multikey.controllerOf(method).equals(holder)) {
      return Optional.of("The proof's key does not belong to the presentation's holder.");
    }
    Optional<byte[]> signature = Multikey.fromBase58btc(proof.getString("proofValue", null));
    if (signature.isEmpty()) {
      return Optional.of("The proof has no base58btc proofValue.");
    }
    JsonObject config =
        Json.createObjectBuilder(proof)
            .remove("proofValue")
            .add("@context", unsecured.get("@context"))
            .build();
    byte[] data;
    try {
      data = hashData(unsecured, config);
    } catch (IllegalArgumentException e) {
      return Optional.of(e.getMessage());
    }
    if (!Ed25519.verifies(key.get(), data, signature.get())) {
      return Optional.of("The presentation's signature does not verify.");
    }
    return Optional.empty();
  }

  /** SHA-256 of the canonical proof configuration, then SHA-256 of the canonical document. */
  static byte[] hashData(JsonObject document, JsonObject proofConfig) {
    byte[] proofHash = sha256(RdfCanonicalForm.of(proofConfig));
    byte[] documentHash = sha256(RdfCanonicalForm.of(document));
    byte[] out = new byte[64];
    System.arraycopy(proofHash, 0, out, 0, 32);
    System.arraycopy(documentHash, 0, out, 32, 32);
    return out;
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Optional<String> idOf(JsonValue value) {
    if (value instanceof JsonString s) {
      return Optional.of(s.getString());
    }
    if (value instanceof JsonObject o && o.get("id") instanceof JsonString s) {
      return Optional.of(s.getString());
    }
    return Optional.empty();
  }

  private static List<JsonObject> objects(JsonValue value) {
    List<JsonObject> out = new ArrayList<>();
    if (value instanceof JsonObject o) {
      out.add(o);
    } else if (value instanceof JsonArray a) {
      a.stream().filter(JsonObject.class::isInstance).map(JsonObject.class::cast).forEach(out::add);
    }
    return out;
  }

  private static List<String> types(JsonValue value) {
    return strings(value);
  }

  private static List<String> strings(JsonValue value) {
    List<String> out = new ArrayList<>();
    if (value instanceof JsonString s) {
      out.add(s.getString());
    } else if (value instanceof JsonArray a) {
      a.stream()
          .filter(JsonString.class::isInstance)
          .map(v -> ((JsonString) v).getString())
          .forEach(out::add);
    }
    return out;
  }
}
