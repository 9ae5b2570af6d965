package org.facilitatoracademy.identity.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Collectors;
import org.facilitatoracademy.audit.application.AuditLog;
import org.facilitatoracademy.identity.domain.Account;
import org.facilitatoracademy.identity.domain.AccountRepository;

/**
 * Checks an email and password, counting failures toward a lockout kept in the database so that it
 * holds on every node and for the web form and the API alike.
 */
@Stateless
public class SignIn {

  @Inject private AccountRepository accounts;
  @Inject private PasswordHasher hasher;
  @Inject private IdentityPolicy policy;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  public SignInOutcome attempt(String email, String password) {
    Instant now = Instant.now(clock);
    Optional<Account> found = accounts.findByEmail(email).filter(a -> !a.isClosed());
    if (found.isEmpty()) {
      hasher.spendDecoyTime(password);
      audit.record(null, "sign-in.failed", "unknown account", null);
      return SignInOutcome.invalid();
    }
    Account account = found.get();
    if (account.isLocked(now)) {
      audit.record(account.publicId(), "sign-in.refused-locked", account.publicId(), null);
      return SignInOutcome.locked();
    }
    if (!hasher.matches(password, account.passwordHash())) {
      boolean lockedNow = account.recordFailedSignIn(now, policy.lockout());
      audit.record(account.publicId(), "sign-in.failed", account.publicId(), null);
      if (lockedNow) {
        audit.record(
            account.publicId(),
            "account.locked",
            account.publicId(),
            "until " + account.lockedUntil().orElseThrow());
        return SignInOutcome.locked();
      }
      return SignInOutcome.invalid();
    }
    account.recordSuccessfulSignIn();
    audit.record(account.publicId(), "sign-in", account.publicId(), null);
    return new SignInOutcome(
        SignInOutcome.Result.SIGNED_IN,
        account.publicId(),
        account.roles().stream().map(Enum::name).collect(Collectors.toSet()));
  }

  /** Is the account behind this email locked right now (for the API's account-locked answer)? */
  public boolean isLocked(String email) {
    Instant now = Instant.now(clock);
    return accounts.findByEmail(email).map(a -> a.isLocked(now)).orElse(false);
  }

  /**
   * For a cached API credential: the account's current roles if it is still usable with the
   * password stamp the cache saw, otherwise empty.
   */
  public Optional<SignInOutcome> stillValid(String publicId, String credentialStamp) {
    Instant now = Instant.now(clock);
    return accounts
        .findByPublicId(publicId)
        .filter(a -> !a.isClosed() && !a.isLocked(now))
        .filter(a -> a.credentialStamp().equals(credentialStamp))
        .map(
            a ->
                new SignInOutcome(
                    SignInOutcome.Result.SIGNED_IN,
                    a.publicId(),
                    a.roles().stream().map(Enum::name).collect(Collectors.toSet())));
  }

  public Optional<String> credentialStamp(String publicId) {
    return accounts.findByPublicId(publicId).map(Account::credentialStamp);
  }
}
