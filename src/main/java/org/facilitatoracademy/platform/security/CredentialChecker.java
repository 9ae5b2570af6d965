package org.facilitatoracademy.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.facilitatoracademy.identity.application.SignIn;
import org.facilitatoracademy.identity.application.SignInOutcome;

/**
 * Checks credentials for the authentication mechanism.
 *
 * <p>PBKDF2 takes tens of milliseconds on purpose, and an API client sends its password with every
 * request. So a verified API credential is remembered on this node for a short while, keyed by a
 * SHA-256 of email and password. Each use still reads the account (one indexed query), and the
 * entry only counts while the account's credential stamp is unchanged and the account is neither
 * locked nor closed: a password change or a lock on any node ends it at once.
 */
@ApplicationScoped
public class CredentialChecker {

  /** Session attribute holding the signed-in {@link SessionCaller}. */
  public static final String SESSION_CALLER = "academy.caller";

  private static final int MAX_ENTRIES = 10_000;

  @Inject private SignIn signIn;
  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "academy.policy.api-credential-cache.seconds", defaultValue = "60")
  int cacheSeconds;

  private final Map<String, Cached> verified = new ConcurrentHashMap<>();

  private record Cached(String publicId, String stamp, Instant until) {}

  public SignInOutcome signIn(String email, String password) {
    return signIn.attempt(email, password);
  }

  public SignInOutcome signInApi(String email, String password) {
    String key = key(email, password);
    Instant now = Instant.now(clock);
    Cached cached = verified.get(key);
    if (cached != null && now.isBefore(cached.until())) {
      Optional<SignInOutcome> still = signIn.stillValid(cached.publicId(), cached.stamp());
      if (still.isPresent()) {
        return still.get();
      }
    }
    verified.remove(key);
    SignInOutcome outcome = signIn.attempt(email, password);
    if (outcome.signedIn()) {
      if (verified.size() >= MAX_ENTRIES) {
        verified.clear();
      }
      signIn
          .credentialStamp(outcome.publicId())
          .ifPresent(
              stamp ->
                  verified.put(
                      key, new Cached(outcome.publicId(), stamp, now.plusSeconds(cacheSeconds))));
    }
    return outcome;
  }

  SessionCaller sessionCaller(SignInOutcome outcome) {
    String stamp = signIn.credentialStamp(outcome.publicId()).orElse("");
    return new SessionCaller(outcome.publicId(), outcome.roles(), stamp);
  }

  /** The session's caller with current roles, or empty when the session must end. */
  Optional<SessionCaller> refresh(SessionCaller caller) {
    return signIn
        .stillValid(caller.publicId(), caller.credentialStamp())
        .map(o -> new SessionCaller(o.publicId(), o.roles(), caller.credentialStamp()));
  }

  /** After the person changed their own password in this session, keep the session going. */
  public SessionCaller restamp(SessionCaller caller) {
    return new SessionCaller(
        caller.publicId(), caller.roles(), signIn.credentialStamp(caller.publicId()).orElse(""));
  }

  private static String key(String email, String password) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of()
          .formatHex(
              sha.digest(
                  (email.strip().toLowerCase() + '\0' + password)
                      .getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
