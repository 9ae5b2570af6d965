package org.facilitatoracademy.identity.application;

import java.util.Set;
import org.facilitatoracademy.identity.domain.Role;

/** What a person (or an administrator) fills in to open an account. */
public record NewAccount(
    String email, String password, String displayName, String region, Set<Role> roles) {

  public static NewAccount trainee(
      String email, String password, String displayName, String region) {
    return new NewAccount(email, password, displayName, region, Set.of(Role.TRAINEE));
  }
}
