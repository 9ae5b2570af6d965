package org.facilitatoracademy.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Demo logins and fresh accounts for tests. */
public final class Accounts {

  public static final String PASSWORD = "demo-password-1";
  public static final String ADMIN = "admin@demo.academy";
  public static final String TRAINEE = "trainee@demo.academy";
  public static final String COORDINATOR = "coordinator@demo.academy";

  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  private Accounts() {}

  /** An address no other test uses. */
  public static String uniqueEmail(String prefix) {
    return prefix + "-" + System.nanoTime() + "-" + SEQUENCE.incrementAndGet() + "@example.org";
  }

  /** Creates a confirmed trainee through the admin API; returns its email. */
  public static String createTrainee(TestServer server, String prefix, String password) {
    String email = uniqueEmail(prefix);
    Api.Reply reply =
        Api.as(server, ADMIN, PASSWORD)
            .post(
                "/admin/accounts",
                Map.of(
                    "email",
                    email,
                    "password",
                    password,
                    "displayName",
                    "Test T.",
                    "region",
                    "north-west",
                    "roles",
                    List.of()));
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    return email;
  }
}
