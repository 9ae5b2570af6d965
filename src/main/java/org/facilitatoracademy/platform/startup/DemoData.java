package org.facilitatoracademy.platform.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.logging.Logger;
import org.facilitatoracademy.identity.application.AccountService;
import org.facilitatoracademy.identity.application.NewAccount;
import org.facilitatoracademy.identity.domain.Role;
import org.facilitatoracademy.platform.config.BaseUrl;

/**
 * Demo regions and people, so that the run command shows every role at work. Only with
 * ACADEMY_DEMO=true; the passwords are printed by the run command and listed in the README.
 */
@ApplicationScoped
public class DemoData {

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  /** One demo person. */
  public record DemoLogin(String email, String displayName, String region, Set<Role> roles) {}

  public static final String PASSWORD = "demo-password-1";

  public static final DemoLogin[] LOGINS = {
    new DemoLogin("trainee@demo.academy", "Sam T.", "north-west", Set.of(Role.TRAINEE)),
    new DemoLogin("applicant@demo.academy", "Jordan P.", "north-west", Set.of(Role.TRAINEE)),
    new DemoLogin("mentor@demo.academy", "Morgan M.", "north-west", Set.of(Role.MENTOR)),
    new DemoLogin("coordinator@demo.academy", "Casey C.", "north-west", Set.of(Role.COORDINATOR)),
    new DemoLogin(
        "coordinator.scotland@demo.academy", "Robin S.", "scotland", Set.of(Role.COORDINATOR)),
    new DemoLogin("admin@demo.academy", "Alex A.", "central", Set.of(Role.ADMIN)),
  };

  @Inject private AccountService accounts;
  @Inject private BaseUrl baseUrl;

  public void seed() {
    accounts.ensureRegion("central", "Central office");
    accounts.ensureRegion("north-west", "North West");
    accounts.ensureRegion("scotland", "Scotland");
    accounts.ensureRegion("london", "London");
    for (DemoLogin login : LOGINS) {
      if (!accounts.exists(login.email())) {
        accounts.createTrusted(
            new NewAccount(
                login.email(), PASSWORD, login.displayName(), login.region(), login.roles()));
      }
    }
    StringBuilder banner =
        new StringBuilder("\n\n  Facilitator Academy demo is ready at ")
            .append(baseUrl.value())
            .append("/\n");
    banner.append("  Demo logins (password for all: ").append(PASSWORD).append("):\n");
    for (DemoLogin login : LOGINS) {
      banner
          .append("    ")
          .append(login.email())
          .append("  ")
          .append(login.roles())
          .append(", region ")
          .append(accounts.regionName(login.region()))
          .append('\n');
    }
    LOG.info(banner.toString());
  }
}
