package org.facilitatoracademy.verification.domain;

import jakarta.json.JsonObject;

/** The issuer's signing keys: the newest signs, all of them stay published. */
public interface IssuerKeys {

  /**
   * A compact JWS (RS256, {@code typ} JWT, {@code kid} resolving in the published key set) over the
   * payload.
   */
  String sign(JsonObject payload);

  /** The public JWK Set ({@code /.well-known/jwks.json}): every key ever used, newest first. */
  String publicKeySet();

  /**
   * Generates a new signing key that signs from now on; the older ones stay published so that
   * earlier credentials still verify. Returns the new key's id.
   */
  String rotate();
}
