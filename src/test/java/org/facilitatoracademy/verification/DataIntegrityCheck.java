package org.facilitatoracademy.verification;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.rdf.RdfNQuad;
import com.apicatalog.rdf.canon.RdfCanonicalizer;
import com.apicatalog.rdf.io.nquad.NQuadsWriter;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * A Data Integrity ({@code eddsa-rdfc-2022}) check written for the tests, apart from the signing
 * code: its own context table and loader, canonicalisation straight from titanium-rdfc, its own
 * base58 and DER handling, Ed25519 from the JDK. Also signs, as a wallet would, a presentation to
 * prove control of a {@code did:key}.
 */
public final class DataIntegrityCheck {

  private static final String ALPHABET =
      "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
  private static final byte[] SPKI = HexFormat.of().parseHex("302a300506032b6570032100");
  private static final byte[] PKCS8 = HexFormat.of().parseHex("302e020100300506032b657004220420");

  private static final Map<String, String> CONTEXTS =
      Map.of(
          "https://www.w3.org/ns/credentials/v2", "credentials-v2.jsonld",
          "https://www.w3.org/2018/credentials/v1", "credentials-v1.jsonld",
          "https://w3id.org/security/data-integrity/v2", "data-integrity-v2.jsonld",
          "https://w3id.org/security/suites/ed25519-2020/v1", "ed25519-signature-2020-v1.jsonld",
          "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json", "ob-v3p0-3.0.3.jsonld");

  private static final DocumentLoader OFFLINE =
      (url, options) -> {
        String file = CONTEXTS.get(url.toString());
        if (file == null) {
          throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "not offline: " + url);
        }
        try (InputStream in =
            DataIntegrityCheck.class.getResourceAsStream(
                "/org/facilitatoracademy/verification/contexts/" + file)) {
          return JsonDocument.of(in);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      };

  private DataIntegrityCheck() {}

  public static JsonObject parse(String json) {
    return Json.createReader(new StringReader(json)).readObject();
  }

  /**
   * Whether the document's first proof is an {@code eddsa-rdfc-2022} assertion that verifies with
   * this raw Ed25519 public key.
   */
  public static boolean verifies(JsonObject secured, byte[] rawPublicKey) {
    JsonValue proofs = secured.get("proof");
    JsonObject proof =
        proofs.getValueType() == JsonValue.ValueType.ARRAY
            ? proofs.asJsonArray().getJsonObject(0)
            : proofs.asJsonObject();
    if (!"eddsa-rdfc-2022".equals(proof.getString("cryptosuite", ""))
        || !"DataIntegrityProof".equals(proof.getString("type", ""))
        || !"assertionMethod".equals(proof.getString("proofPurpose", ""))) {
      return false;
    }
    JsonObject document = Json.createObjectBuilder(secured).remove("proof").build();
    JsonObject options =
        Json.createObjectBuilder(proof)
            .remove("proofValue")
            .add("@context", secured.get("@context"))
            .build();
    byte[] signature = fromBase58btc(proof.getString("proofValue"));
    try {
      Signature ed = Signature.getInstance("Ed25519");
      ed.initVerify(publicKey(rawPublicKey));
      ed.update(hashes(options, document));
      return ed.verify(signature);
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  /** The raw key of a {@code publicKeyMultibase} ({@code z6Mk…}). */
  public static byte[] rawKey(String publicKeyMultibase) {
    byte[] prefixed = fromBase58btc(publicKeyMultibase);
    if (prefixed.length != 34 || prefixed[0] != (byte) 0xed || prefixed[1] != 0x01) {
      throw new AssertionError("Not an Ed25519 Multikey: " + publicKeyMultibase);
    }
    return Arrays.copyOfRange(prefixed, 2, 34);
  }

  /** A wallet's own key pair and its did:key. */
  public record WalletKey(String did, PrivateKey privateKey) {

    public static WalletKey generate() {
      try {
        var pair = java.security.KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        byte[] der = pair.getPublic().getEncoded();
        byte[] raw = Arrays.copyOfRange(der, der.length - 32, der.length);
        byte[] prefixed = new byte[34];
        prefixed[0] = (byte) 0xed;
        prefixed[1] = 0x01;
        System.arraycopy(raw, 0, prefixed, 2, 32);
        return new WalletKey("did:key:" + base58btc(prefixed), pair.getPrivate());
      } catch (GeneralSecurityException e) {
        throw new AssertionError(e);
      }
    }

    public String verificationMethod() {
      return did + "#" + did.substring("did:key:".length());
    }

    /**
     * A DID-authentication presentation as the Learner Credential Wallet signs it: VC 1.1 context,
     * {@code Ed25519Signature2020} (or, with {@code dataIntegrity}, an {@code eddsa-rdfc-2022}
     * proof), purpose authentication, over the challenge and, if given, the domain.
     */
    public JsonObject presentation(
        String challenge, String domain, boolean dataIntegrity, WalletKey signer) {
      var context =
          Json.createArrayBuilder()
              .add("https://www.w3.org/2018/credentials/v1")
              .add(
                  dataIntegrity
                      ? "https://w3id.org/security/data-integrity/v2"
                      : "https://w3id.org/security/suites/ed25519-2020/v1");
      JsonObject unsigned =
          Json.createObjectBuilder()
              .add("@context", context)
              .add("type", "VerifiablePresentation")
              .add("holder", did)
              .build();
      var options =
          Json.createObjectBuilder()
              .add("@context", unsigned.get("@context"))
              .add("type", dataIntegrity ? "DataIntegrityProof" : "Ed25519Signature2020")
              .add("created", "2026-12-04T12:00:00Z")
              .add("verificationMethod", signer.verificationMethod())
              .add("proofPurpose", "authentication")
              .add("challenge", challenge);
      if (dataIntegrity) {
        options.add("cryptosuite", "eddsa-rdfc-2022");
      }
      if (domain != null) {
        options.add("domain", domain);
      }
      JsonObject config = options.build();
      try {
        Signature ed = Signature.getInstance("Ed25519");
        ed.initSign(signer.privateKey);
        ed.update(hashes(config, unsigned));
        String proofValue = base58btc(ed.sign());
        return Json.createObjectBuilder(unsigned)
            .add(
                "proof",
                Json.createObjectBuilder(config).remove("@context").add("proofValue", proofValue))
            .build();
      } catch (GeneralSecurityException e) {
        throw new AssertionError(e);
      }
    }
  }

  private static byte[] hashes(JsonObject options, JsonObject document) {
    byte[] out = new byte[64];
    System.arraycopy(sha256(canonical(options)), 0, out, 0, 32);
    System.arraycopy(sha256(canonical(document)), 0, out, 32, 32);
    return out;
  }

  private static String canonical(JsonStructure json) {
    try {
      List<RdfNQuad> quads = JsonLd.toRdf(JsonDocument.of(json)).loader(OFFLINE).get().toList();
      List<String> lines = new ArrayList<>();
      for (RdfNQuad quad : RdfCanonicalizer.canonicalize(quads)) {
        StringWriter line = new StringWriter();
        new NQuadsWriter(line).write(quad);
        lines.add(line.toString());
      }
      lines.sort(null);
      return String.join("", lines);
    } catch (JsonLdError e) {
      throw new AssertionError(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }

  private static PublicKey publicKey(byte[] raw) throws GeneralSecurityException {
    byte[] der = Arrays.copyOf(SPKI, SPKI.length + 32);
    System.arraycopy(raw, 0, der, SPKI.length, 32);
    return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
  }

  static PrivateKey privateKey(byte[] raw) throws GeneralSecurityException {
    byte[] der = Arrays.copyOf(PKCS8, PKCS8.length + 32);
    System.arraycopy(raw, 0, der, PKCS8.length, 32);
    return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(der));
  }

  static String base58btc(byte[] bytes) {
    StringBuilder out = new StringBuilder();
    BigInteger n = new BigInteger(1, bytes);
    BigInteger base = BigInteger.valueOf(58);
    while (n.signum() > 0) {
      out.append(ALPHABET.charAt(n.mod(base).intValue()));
      n = n.divide(base);
    }
    for (byte b : bytes) {
      if (b != 0) {
        break;
      }
      out.append('1');
    }
    return "z" + out.reverse();
  }

  static byte[] fromBase58btc(String text) {
    if (!text.startsWith("z")) {
      throw new AssertionError("Not base58btc multibase: " + text);
    }
    BigInteger n = BigInteger.ZERO;
    int zeros = 0;
    boolean leading = true;
    for (char c : text.substring(1).toCharArray()) {
      if (leading && c == '1') {
        zeros++;
        continue;
      }
      leading = false;
      n = n.multiply(BigInteger.valueOf(58)).add(BigInteger.valueOf(ALPHABET.indexOf(c)));
    }
    byte[] magnitude = n.toByteArray();
    int skip = magnitude[0] == 0 ? 1 : 0;
    byte[] out = new byte[zeros + magnitude.length - skip];
    System.arraycopy(magnitude, skip, out, zeros, magnitude.length - skip);
    return out;
  }
}
