package org.facilitatoracademy.identity.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/** PBKDF2 password hashing, slow on purpose so stolen hashes are expensive to guess. */
@ApplicationScoped
public class PasswordHasher {

  @Inject private Pbkdf2PasswordHash pbkdf2;

  /**
   * Compared against when an email is unknown, so a wrong email takes as long as a wrong password.
   */
  private String decoy;

  @PostConstruct
  void init() {
    pbkdf2.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", "120000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    decoy = hash(randomSecret());
  }

  public String hash(String password) {
    return pbkdf2.generate(password.toCharArray());
  }

  public boolean matches(String password, String hash) {
    return password != null && pbkdf2.verify(password.toCharArray(), hash);
  }

  public void spendDecoyTime(String password) {
    matches(password == null ? "" : password, decoy);
  }

  /** A hash nobody knows the password of, for closed accounts. */
  public String unusableHash() {
    return hash(randomSecret());
  }

  private static String randomSecret() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return Base64.getEncoder().encodeToString(bytes);
  }
}
