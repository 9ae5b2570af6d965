package org.facilitatoracademy.platform.startup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.facilitatoracademy.identity.application.AccountService;
import org.facilitatoracademy.identity.application.NewAccount;
import org.facilitatoracademy.identity.domain.Role;
import org.facilitatoracademy.platform.errors.BusinessException;

/**
 * Makes sure someone can administer a fresh installation, and seeds the demo when asked.
 * Idempotent: on a database that already has the data it changes nothing, so every node of a
 * cluster can run it.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class StartupSeeding {

  private static final Logger LOG = Logger.getLogger(StartupSeeding.class.getName());
  private static final String PASSWORD_ALPHABET =
      "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

  @Inject private AccountService accounts;
  @Inject private DemoData demo;
  @Inject private Event<DemoAccountsReady> demoAccountsReady;

  @Inject
  @ConfigProperty(name = "academy.demo", defaultValue = "false")
  boolean demoEnabled;

  @Inject
  @ConfigProperty(name = "academy.admin.email", defaultValue = "admin@academy.local")
  String adminEmail;

  @Inject
  @ConfigProperty(name = "academy.admin.password")
  Optional<String> adminPassword;

  @PostConstruct
  void seed() {
    if (demoEnabled) {
      demo.seed();
      demoAccountsReady.fire(new DemoAccountsReady());
    }
    if (!accounts.adminExists()) {
      createBootstrapAdministrator();
    }
  }

  private void createBootstrapAdministrator() {
    accounts.ensureRegion("central", "Central office");
    String password =
        adminPassword.filter(p -> !p.isBlank()).orElseGet(StartupSeeding::randomPassword);
    try {
      accounts.createTrusted(
          new NewAccount(adminEmail, password, "Administrator", "central", Set.of(Role.ADMIN)));
    } catch (BusinessException e) {
      throw new IllegalStateException(
          "Cannot create the administrator "
              + adminEmail
              + " (ACADEMY_ADMIN_EMAIL, ACADEMY_ADMIN_PASSWORD): "
              + e.getMessage());
    }
    if (adminPassword.filter(p -> !p.isBlank()).isPresent()) {
      LOG.info(() -> "Created the administrator " + adminEmail + " with the configured password.");
    } else {
      // Shown once: it is not stored anywhere else in readable form.
      LOG.warning(
          () ->
              "Created the administrator "
                  + adminEmail
                  + " with the generated password "
                  + password
                  + " : sign in and change it now. It will not be shown again.");
    }
  }

  private static String randomPassword() {
    SecureRandom random = new SecureRandom();
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      out.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
    }
    return out.toString();
  }
}
