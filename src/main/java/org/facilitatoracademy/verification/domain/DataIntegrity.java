package org.facilitatoracademy.verification.domain;

import jakarta.json.JsonObject;
import java.util.Optional;

/**
 * Data Integrity proofs: securing the issuer's JSON-LD documents with {@code eddsa-rdfc-2022}, and
 * checking the presentation a wallet signs to prove it controls its DID.
 */
public interface DataIntegrity {

  /**
   * The document with a {@code proof} array holding one {@code DataIntegrityProof} ({@code
   * eddsa-rdfc-2022}, {@code assertionMethod}) by the issuer's current key, as a verification
   * method of {@code issuerDid}.
   */
  JsonObject secure(JsonObject unsecured, String issuerDid);

  /**
   * The holder DID a DID-authentication presentation proves control of: its proof ({@code
   * Ed25519Signature2020} or {@code eddsa-rdfc-2022}, purpose {@code authentication}) is by a
   * {@code did:key} of that holder over this challenge (and this domain, if the proof names one).
   * Empty, with the reason, when anything does not hold.
   */
  Authentication authenticate(JsonObject presentation, String challenge, String domain);

  /** The outcome of checking a presentation. */
  record Authentication(Optional<String> holder, String problem) {

    public static Authentication of(String holder) {
      return new Authentication(Optional.of(holder), null);
    }

    public static Authentication refused(String problem) {
      return new Authentication(Optional.empty(), problem);
    }
  }
}
