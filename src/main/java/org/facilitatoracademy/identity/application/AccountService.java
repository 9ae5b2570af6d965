package org.facilitatoracademy.identity.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.facilitatoracademy.audit.application.AuditLog;
import org.facilitatoracademy.identity.domain.Account;
import org.facilitatoracademy.identity.domain.AccountRepository;
import org.facilitatoracademy.identity.domain.AccountToken;
import org.facilitatoracademy.identity.domain.EmailAddress;
import org.facilitatoracademy.identity.domain.Region;
import org.facilitatoracademy.identity.domain.RegionRepository;
import org.facilitatoracademy.identity.domain.Role;
import org.facilitatoracademy.notification.application.Outbox;
import org.facilitatoracademy.platform.config.BaseUrl;
import org.facilitatoracademy.platform.errors.BusinessException;

/** Opening, confirming, changing and closing accounts. */
@Stateless
public class AccountService {

  @Inject private AccountRepository accounts;
  @Inject private RegionRepository regions;
  @Inject private PasswordHasher hasher;
  @Inject private IdentityPolicy policy;
  @Inject private AuditLog audit;
  @Inject private Outbox outbox;
  @Inject private BaseUrl baseUrl;
  @Inject private Clock clock;
  @Resource private SessionContext session;
  @Inject @Any private Instance<PersonalData> sections;
  @Inject private Event<AccountClosed> closed;

  /** Self-registration: the account must confirm its email through a mailed link. */
  @PermitAll
  public AccountView register(NewAccount request) {
    if (!policy.selfRegistration()) {
      throw new BusinessException(
          BusinessException.Kind.FORBIDDEN,
          "registration-closed",
          "This organisation creates accounts for its trainees; self-registration is off.");
    }
    Account account =
        open(
            NewAccount.trainee(
                request.email(), request.password(), request.displayName(), request.region()));
    sendConfirmation(account);
    audit.record(account.publicId(), "account.registered", account.publicId(), null);
    return AccountView.of(account);
  }

  /** An administrator opens an account; its email counts as confirmed. */
  @RolesAllowed("ADMIN")
  public AccountView create(NewAccount request) {
    Account account = open(request);
    account.confirmEmail(Instant.now(clock));
    audit.record(
        caller(), "account.created", account.publicId(), "roles " + sortedRoles(account.roles()));
    return AccountView.of(account);
  }

  /**
   * Used at start-up for the bootstrap administrator and the demo accounts: no caller, no checks of
   * the password's strength beyond what the operator chose.
   */
  @PermitAll
  public AccountView createTrusted(NewAccount request) {
    Account account = open(request);
    account.confirmEmail(Instant.now(clock));
    audit.record(
        "system", "account.created", account.publicId(), "roles " + sortedRoles(account.roles()));
    return AccountView.of(account);
  }

  private Account open(NewAccount request) {
    EmailAddress email;
    try {
      email = new EmailAddress(request.email());
    } catch (IllegalArgumentException e) {
      throw BusinessException.rule("invalid-email", "Enter a valid email address.");
    }
    if (request.displayName() == null
        || request.displayName().isBlank()
        || request.displayName().strip().length() > 100) {
      throw BusinessException.rule(
          "invalid-display-name", "Enter a display name of at most 100 characters.");
    }
    if (regions.find(request.region()).isEmpty()) {
      throw BusinessException.rule(
          "unknown-region", "There is no region '" + request.region() + "'.");
    }
    policy
        .passwords()
        .violation(request.password(), email.value())
        .ifPresent(
            rule -> {
              throw BusinessException.rule("weak-password", rule);
            });
    if (accounts.findByEmail(email.key()).isPresent()) {
      throw BusinessException.conflict(
          "email-taken", "An account with this email address already exists.");
    }
    Account account =
        new Account(
            email,
            request.displayName(),
            request.region(),
            hasher.hash(request.password()),
            Instant.now(clock));
    account.replaceRoles(request.roles() == null ? Set.of() : request.roles());
    try {
      accounts.store(account);
      // Flush now: two registrations racing for one email meet the unique key here.
      accounts.findByEmail(email.key());
    } catch (PersistenceException e) {
      if (isUniqueViolation(e)) {
        throw BusinessException.conflict(
            "email-taken", "An account with this email address already exists.");
      }
      throw e;
    }
    return account;
  }

  private static boolean isUniqueViolation(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.sql.SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith("23")) {
        return true;
      }
    }
    return false;
  }

  private void sendConfirmation(Account account) {
    String secret = OneTimeTokens.newSecret();
    Instant now = Instant.now(clock);
    accounts.storeToken(
        new AccountToken(
            account.id(),
            AccountToken.Purpose.CONFIRM_EMAIL,
            OneTimeTokens.hashOf(secret),
            now,
            now.plus(policy.confirmationTokenLifetime())));
    outbox.queue(
        account.email(),
        "Confirm your email for Facilitator Academy",
        "Hello "
            + account.displayName()
            + ",\n\nPlease confirm your email address by opening this link:\n\n"
            + baseUrl.link("/confirm-email.xhtml?token=" + secret)
            + "\n\nThe link works once and expires in "
            + policy.confirmationTokenLifetime().toHours()
            + " hours. If you did not create an account, ignore this message.\n");
  }

  @PermitAll
  public void confirmEmail(String secret) {
    AccountToken token = usableToken(secret, AccountToken.Purpose.CONFIRM_EMAIL);
    Instant now = Instant.now(clock);
    token.use(now);
    Account account = accounts.findById(token.accountId()).orElseThrow();
    account.confirmEmail(now);
    audit.record(account.publicId(), "account.email-confirmed", account.publicId(), null);
  }

  /** Mails a reset link if the email belongs to an account; answers the same either way. */
  @PermitAll
  public void requestPasswordReset(String email) {
    Optional<Account> found = accounts.findByEmail(email).filter(a -> !a.isClosed());
    if (found.isEmpty()) {
      return;
    }
    Account account = found.get();
    String secret = OneTimeTokens.newSecret();
    Instant now = Instant.now(clock);
    accounts.storeToken(
        new AccountToken(
            account.id(),
            AccountToken.Purpose.RESET_PASSWORD,
            OneTimeTokens.hashOf(secret),
            now,
            now.plus(policy.resetTokenLifetime())));
    outbox.queue(
        account.email(),
        "Reset your Facilitator Academy password",
        "Hello "
            + account.displayName()
            + ",\n\nSomeone asked to reset the password of your account. To choose a new"
            + " password, open this link:\n\n"
            + baseUrl.link("/reset-password.xhtml?token=" + secret)
            + "\n\nThe link works once and expires in "
            + policy.resetTokenLifetime().toMinutes()
            + " minutes. If it was not you, ignore this message: your password stays as it"
            + " is.\n");
    audit.record(account.publicId(), "password.reset-requested", account.publicId(), null);
  }

  @PermitAll
  public void resetPassword(String secret, String newPassword) {
    AccountToken token = usableToken(secret, AccountToken.Purpose.RESET_PASSWORD);
    Account account = accounts.findById(token.accountId()).orElseThrow();
    requireStrong(newPassword, account.email());
    Instant now = Instant.now(clock);
    token.use(now);
    account.changePasswordHash(hasher.hash(newPassword));
    // Whoever can read the mailbox can reset: a lock from guessing does not need to outlast it.
    account.unlock();
    account.confirmEmail(now);
    audit.record(account.publicId(), "password.reset", account.publicId(), null);
  }

  /** Whether a mailed link can still be used, for pages that ask before showing a form. */
  @PermitAll
  public boolean isUsableToken(String secret, AccountToken.Purpose purpose) {
    if (secret == null || secret.isBlank()) {
      return false;
    }
    return accounts
        .findTokenByHash(OneTimeTokens.hashOf(secret))
        .filter(t -> t.purpose() == purpose && t.isUsable(Instant.now(clock)))
        .isPresent();
  }

  private AccountToken usableToken(String secret, AccountToken.Purpose purpose) {
    if (secret == null || secret.isBlank()) {
      throw BusinessException.rule("invalid-link", "This link is not valid.");
    }
    return accounts
        .findTokenByHash(OneTimeTokens.hashOf(secret))
        .filter(t -> t.purpose() == purpose && t.isUsable(Instant.now(clock)))
        .orElseThrow(
            () ->
                BusinessException.rule(
                    "invalid-link",
                    "This link has expired or has already been used. Ask for a new one."));
  }

  @RolesAllowed("TRAINEE")
  public void changePassword(String currentPassword, String newPassword) {
    Account account = callerAccount();
    if (!hasher.matches(currentPassword, account.passwordHash())) {
      throw BusinessException.rule("wrong-password", "The current password is not correct.");
    }
    requireStrong(newPassword, account.email());
    account.changePasswordHash(hasher.hash(newPassword));
    audit.record(account.publicId(), "password.changed", account.publicId(), null);
  }

  private void requireStrong(String password, String email) {
    policy
        .passwords()
        .violation(password, email)
        .ifPresent(
            rule -> {
              throw BusinessException.rule("weak-password", rule);
            });
  }

  @RolesAllowed("TRAINEE")
  public AccountView me() {
    return AccountView.of(callerAccount());
  }

  /** The signed-in account's public id, for other contexts that record who did something. */
  @RolesAllowed("TRAINEE")
  public String callerId() {
    return callerAccount().publicId();
  }

  @PermitAll
  public Optional<AccountView> find(String publicId) {
    return accounts.findByPublicId(publicId).filter(a -> !a.isClosed()).map(AccountView::of);
  }

  @RolesAllowed("ADMIN")
  public AccountView changeRoles(String publicId, Set<Role> roles) {
    Account account =
        accounts
            .findByPublicId(publicId)
            .filter(a -> !a.isClosed())
            .orElseThrow(() -> BusinessException.notFound("The account"));
    if (account.publicId().equals(caller()) && !roles.contains(Role.ADMIN)) {
      throw BusinessException.rule(
          "own-admin-role", "You cannot remove your own administrator role.");
    }
    String before = sortedRoles(account.roles());
    account.replaceRoles(roles);
    audit.record(
        caller(),
        "account.roles-changed",
        account.publicId(),
        before + " -> " + sortedRoles(account.roles()));
    return AccountView.of(account);
  }

  @RolesAllowed("ADMIN")
  public List<AccountView> page(String filter, int first, int size) {
    return accounts.page(filter, first, size).stream().map(AccountView::of).toList();
  }

  @RolesAllowed("ADMIN")
  public long count(String filter) {
    return accounts.count(filter);
  }

  /**
   * Everything held about the signed-in person, in a form they can keep: the account's own fields
   * first (the keys clients already read), then one section per context ({@link PersonalData}), in
   * the order of their keys.
   */
  @RolesAllowed("TRAINEE")
  public Map<String, Object> export() {
    Account account = callerAccount();
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("id", account.publicId());
    data.put("email", account.email());
    data.put("displayName", account.displayName());
    data.put("region", account.regionCode());
    data.put("roles", sortedRoles(account.roles()));
    data.put("createdAt", account.createdAt().toString());
    data.put("emailConfirmedAt", account.emailConfirmedAt().map(Instant::toString).orElse(null));
    sections.stream()
        .sorted(Comparator.comparing(PersonalData::section))
        .forEach(section -> data.put(section.section(), section.of(account.publicId())));
    audit.record(account.publicId(), "account.exported", account.publicId(), null);
    return data;
  }

  /**
   * Closes the signed-in person's account and erases their personal data: identity's here, every
   * other context's through {@link AccountClosed}, in this one transaction.
   */
  @RolesAllowed("TRAINEE")
  public void close() {
    Account account = callerAccount();
    Instant now = Instant.now(clock);
    outbox.forget(account.email());
    accounts.removeTokensOf(account.id());
    account.close(now, hasher.unusableHash());
    closed.fire(new AccountClosed(account.publicId(), now));
    audit.record(account.publicId(), "account.closed", account.publicId(), null);
  }

  /**
   * Closes the account from its page, where a session may have been left open on a shared device:
   * the password is asked again first.
   */
  @RolesAllowed("TRAINEE")
  public void close(String currentPassword) {
    if (currentPassword == null
        || !hasher.matches(currentPassword, callerAccount().passwordHash())) {
      throw BusinessException.rule("wrong-password", "The password is not correct.");
    }
    close();
  }

  @PermitAll
  public List<Region> regions() {
    return regions.all();
  }

  @RolesAllowed("ADMIN")
  public Region addRegion(String code, String name) {
    Region region;
    try {
      region = new Region(code, name);
    } catch (IllegalArgumentException e) {
      throw BusinessException.rule("invalid-region", e.getMessage());
    }
    if (regions.find(code).isPresent()) {
      throw BusinessException.conflict("region-exists", "A region '" + code + "' already exists.");
    }
    regions.store(region);
    audit.record(caller(), "region.added", code, name);
    return region;
  }

  /** Seeding only. */
  @PermitAll
  public void ensureRegion(String code, String name) {
    if (regions.find(code).isEmpty()) {
      regions.store(new Region(code, name));
    }
  }

  /** For start-up seeding and imports, which know people by email. */
  @PermitAll
  public Optional<AccountView> findByEmail(String email) {
    return accounts.findByEmail(email).filter(a -> !a.isClosed()).map(AccountView::of);
  }

  @PermitAll
  public boolean adminExists() {
    return accounts.existsWithRole(Role.ADMIN);
  }

  @PermitAll
  public boolean exists(String email) {
    return accounts.findByEmail(email).isPresent();
  }

  /** The coordinators of a region, for contexts that must tell them something. */
  @PermitAll
  public List<AccountView> coordinatorsOf(String region) {
    return accounts.withRoleInRegion(Role.COORDINATOR, region).stream()
        .map(AccountView::of)
        .toList();
  }

  /**
   * The open accounts of the caller's own region, by display name, for a coordinator choosing
   * people there (coordinators are scoped to their region).
   */
  @RolesAllowed("COORDINATOR")
  public List<AccountView> membersOfMyRegion() {
    return accounts.inRegion(callerAccount().regionCode()).stream().map(AccountView::of).toList();
  }

  /**
   * The region a coordinator's figures and exports are about: a coordinator oversees their own
   * region only, an administrator any region (null: every region). Asking for a region one may not
   * oversee, or one that does not exist, answers as if it were not there.
   */
  @RolesAllowed({"COORDINATOR", "ADMIN"})
  public Optional<String> overseenRegion(String requested) {
    Account me = callerAccount();
    String wanted = requested == null || requested.isBlank() ? null : requested.strip();
    if (me.roles().contains(Role.ADMIN)) {
      if (wanted != null && regions.find(wanted).isEmpty()) {
        throw BusinessException.notFound("The region");
      }
      return Optional.ofNullable(wanted);
    }
    if (!me.roles().contains(Role.COORDINATOR)
        || (wanted != null && !wanted.equals(me.regionCode()))) {
      throw BusinessException.notFound("The region");
    }
    return Optional.of(me.regionCode());
  }

  /**
   * The open accounts of a region the caller oversees (every region's for an administrator who
   * names none), by display name.
   */
  @RolesAllowed({"COORDINATOR", "ADMIN"})
  public List<AccountView> membersOf(String region) {
    Optional<String> overseen = overseenRegion(region);
    if (overseen.isPresent()) {
      return accounts.inRegion(overseen.get()).stream().map(AccountView::of).toList();
    }
    return regions.all().stream()
        .flatMap(r -> accounts.inRegion(r.code()).stream())
        .map(AccountView::of)
        .toList();
  }

  /** The name people know a region by; its code when no such region is kept. */
  @PermitAll
  public String regionName(String code) {
    if (code == null) {
      return "";
    }
    return regions.find(code).map(Region::name).orElse(code);
  }

  private Account callerAccount() {
    return accounts
        .findByPublicId(caller())
        .filter(a -> !a.isClosed())
        .orElseThrow(() -> BusinessException.notFound("Your account"));
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }

  private static String sortedRoles(Set<Role> roles) {
    return roles.stream().map(Enum::name).sorted().toList().toString();
  }
}
