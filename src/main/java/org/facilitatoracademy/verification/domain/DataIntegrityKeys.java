package org.facilitatoracademy.verification.domain;

import java.util.List;

/**
 * The issuer's Ed25519 keys for Data Integrity proofs: the newest signs, all of them stay in the
 * DID document so that earlier credentials still verify.
 */
public interface DataIntegrityKeys {

  /** The key that signs now. */
  SigningKey current();

  /** Every public key ever used, as {@code publicKeyMultibase}, newest first. */
  List<String> publicKeys();

  /** A new key that signs from now on; returns its {@code publicKeyMultibase}. */
  String rotate();

  /** One private key, usable only to sign. */
  interface SigningKey {
    String publicKeyMultibase();

    byte[] sign(byte[] data);
  }
}
