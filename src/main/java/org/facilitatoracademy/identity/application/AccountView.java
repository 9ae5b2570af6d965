package org.facilitatoracademy.identity.application;

import java.util.List;
import org.facilitatoracademy.identity.domain.Account;

/** An account as other layers may see it: no password hash, no sign-in counters. */
public record AccountView(
    String id,
    String email,
    String displayName,
    String region,
    List<String> roles,
    boolean emailConfirmed) {

  public static AccountView of(Account a) {
    return new AccountView(
        a.publicId(),
        a.email(),
        a.displayName(),
        a.regionCode(),
        a.roles().stream().map(Enum::name).sorted().toList(),
        a.isEmailConfirmed());
  }
}
