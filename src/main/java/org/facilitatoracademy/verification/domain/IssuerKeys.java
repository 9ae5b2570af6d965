package org.facilitatoracademy.verification.domain;

import jakarta.json.JsonObject;
import java.util.Optional;

/** The issuer's signing keys: the newest signs, all of them stay published. */
public interface IssuerKeys {

  /**
   * A compact JWS (RS256, {@code typ} JWT) over the payload; its {@code kid} is a URL that answers
   * the one public JWK that verifies it.
   */
  String sign(JsonObject payload);

  /** The public JWK whose RFC 7638 thumbprint this is, if it ever signed. */
  Optional<String> publicKey(String thumbprint);

  /** The public JWK Set ({@code /.well-known/jwks.json}): every key ever used, newest first. */
  String publicKeySet();

  /**
   * Generates a new signing key that signs from now on; the older ones stay published so that
   * earlier credentials still verify. Returns the new key's id.
   */
  String rotate();
}
