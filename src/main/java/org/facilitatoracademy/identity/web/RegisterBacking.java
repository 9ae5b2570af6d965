package org.facilitatoracademy.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.facilitatoracademy.identity.application.AccountService;
import org.facilitatoracademy.identity.application.IdentityPolicy;
import org.facilitatoracademy.identity.application.NewAccount;
import org.facilitatoracademy.identity.domain.Region;
import org.facilitatoracademy.platform.errors.BusinessException;
import org.facilitatoracademy.platform.web.PageMessages;

/** Self-registration. */
@Named
@RequestScoped
public class RegisterBacking {

  @Inject private AccountService accounts;
  @Inject private IdentityPolicy policy;
  @Inject private PageMessages messages;

  private String email;
  private String displayName;
  private String region;
  private String password;
  private boolean done;

  public void register() {
    try {
      accounts.register(NewAccount.trainee(email, password, displayName, region));
      done = true;
      messages.info("register.done", email);
    } catch (BusinessException e) {
      messages.refusal(fieldFor(e.code()), e);
    }
  }

  private static String fieldFor(String code) {
    return switch (code) {
      case "invalid-email", "email-taken" -> "register:email";
      case "invalid-display-name" -> "register:displayName";
      case "unknown-region" -> "register:region";
      case "weak-password" -> "register:password";
      default -> null;
    };
  }

  public List<Region> getRegions() {
    return accounts.regions();
  }

  public boolean isOpen() {
    return policy.selfRegistration();
  }

  public int getMinLength() {
    return policy.passwords().minLength();
  }

  public boolean isDone() {
    return done;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
