package org.facilitatoracademy.identity.api;

import java.util.List;
import org.facilitatoracademy.identity.application.AccountView;

/** An account as the API shows it. */
public record AccountDto(
    String id, String email, String displayName, String region, List<String> roles) {

  static AccountDto of(AccountView view) {
    return new AccountDto(view.id(), view.email(), view.displayName(), view.region(), view.roles());
  }
}
