package org.facilitatoracademy.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.io.File;
import java.time.Duration;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.facilitatoracademy.audit.application.AuditLog;
import org.facilitatoracademy.identity.application.AccountService;
import org.facilitatoracademy.identity.application.NewAccount;
import org.facilitatoracademy.identity.application.SignIn;
import org.facilitatoracademy.identity.application.SignInOutcome;
import org.facilitatoracademy.identity.domain.Role;
import org.facilitatoracademy.platform.errors.BusinessException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Identity, audit and persistence inside a real Payara Micro, with a clock the test can move. One
 * class with many tests, because the managed container restarts for every class.
 */
@ExtendWith(ArquillianExtension.class)
class IdentityArquillianTest {

  @Deployment
  static WebArchive deployment() {
    return ShrinkWrap.createFromZipFile(
            WebArchive.class, new File("target/facilitator-academy.war"))
        .addClasses(IdentityArquillianTest.class, AdjustableClock.class, TestQueries.class);
  }

  @Inject private AdjustableClock clock;
  @Inject private AccountService accounts;
  @Inject private SignIn signIn;
  @EJB private TestQueries queries;
  @EJB private AuditLog audit;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  private String newAccount(String password) {
    String email = "arq-" + System.nanoTime() + "@example.org";
    accounts.createTrusted(
        new NewAccount(email, password, "Arq A.", "north-west", Set.of(Role.TRAINEE)));
    return email;
  }

  @Test
  void aLockoutHoldsForFifteenMinutesAndThenEnds() {
    String email = newAccount("correct horse battery");
    for (int i = 0; i < 4; i++) {
      assertEquals(SignInOutcome.Result.INVALID, signIn.attempt(email, "wrong").result());
    }
    assertEquals(SignInOutcome.Result.LOCKED, signIn.attempt(email, "wrong").result());
    assertEquals(
        SignInOutcome.Result.LOCKED, signIn.attempt(email, "correct horse battery").result());

    clock.advance(Duration.ofMinutes(14));
    assertEquals(
        SignInOutcome.Result.LOCKED, signIn.attempt(email, "correct horse battery").result());

    clock.advance(Duration.ofMinutes(2));
    assertEquals(
        SignInOutcome.Result.SIGNED_IN, signIn.attempt(email, "correct horse battery").result());
  }

  @Test
  void aPasswordResetLinkExpiresAfterAnHour() {
    String email = newAccount("correct horse battery");
    accounts.requestPasswordReset(email);
    String token = tokenIn(queries.lastMailTo(email));

    clock.advance(Duration.ofMinutes(61));

    BusinessException refused =
        assertThrows(
            BusinessException.class, () -> accounts.resetPassword(token, "a brand new password"));
    assertEquals("invalid-link", refused.code());
    assertEquals(
        SignInOutcome.Result.SIGNED_IN, signIn.attempt(email, "correct horse battery").result());
  }

  @Test
  void aPasswordResetLinkWorksWithinTheHourAndOnlyOnce() {
    String email = newAccount("correct horse battery");
    accounts.requestPasswordReset(email);
    String token = tokenIn(queries.lastMailTo(email));
    clock.advance(Duration.ofMinutes(59));

    accounts.resetPassword(token, "a brand new password");

    assertEquals(
        SignInOutcome.Result.SIGNED_IN, signIn.attempt(email, "a brand new password").result());
    assertThrows(
        BusinessException.class, () -> accounts.resetPassword(token, "yet another password"));
  }

  @Test
  void anEmailIsUniqueRegardlessOfCase() {
    String email = newAccount("correct horse battery");
    BusinessException refused =
        assertThrows(
            BusinessException.class,
            () ->
                accounts.createTrusted(
                    new NewAccount(
                        email.toUpperCase(),
                        "correct horse battery",
                        "Other O.",
                        "north-west",
                        Set.of())));
    assertEquals("email-taken", refused.code());
  }

  @Test
  void changingAnAuditEventBreaksTheChainAtThatEvent() {
    newAccount("correct horse battery");
    long position = queries.lastAuditPosition();
    String original = queries.auditDetails(position);
    assertTrue(audit.firstBreakForSystem().isEmpty());

    queries.overwriteAuditDetails(position, "nothing happened here");
    assertEquals(position, audit.firstBreakForSystem().orElseThrow());

    queries.overwriteAuditDetails(position, original);
    assertTrue(audit.firstBreakForSystem().isEmpty());
  }

  @Test
  void librariesThatPayaraBundlesAreLoadedFromTheServerNotTheWar() throws Exception {
    Class<?> jackson = Class.forName("com.fasterxml.jackson.databind.ObjectMapper");
    Class<?> yaml = Class.forName("org.yaml.snakeyaml.Yaml");
    Class<?> flyway = Class.forName("org.flywaydb.core.Flyway");

    assertFalse(location(jackson).contains("WEB-INF"), location(jackson));
    assertFalse(location(yaml).contains("WEB-INF"), location(yaml));
    assertTrue(location(flyway).contains("WEB-INF/lib"), location(flyway));
    assertEquals("2.20.0", com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString());
  }

  private static String location(Class<?> type) {
    return String.valueOf(type.getProtectionDomain().getCodeSource().getLocation());
  }

  private static String tokenIn(String mail) {
    Matcher m = Pattern.compile("token=([A-Za-z0-9_-]+)").matcher(mail);
    assertTrue(m.find(), mail);
    return m.group(1);
  }
}
