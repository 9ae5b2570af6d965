package org.facilitatoracademy.identity.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.facilitatoracademy.identity.application.AccountService;
import org.facilitatoracademy.identity.application.AccountView;

/** The home page: what the signed-in person can do, by role. */
@Named
@RequestScoped
public class HomeBacking {

  @Inject private AccountService accounts;

  private AccountView me;

  @PostConstruct
  void load() {
    me = accounts.me();
  }

  public AccountView getMe() {
    return me;
  }

  public boolean has(String role) {
    return me.roles().contains(role);
  }
}
