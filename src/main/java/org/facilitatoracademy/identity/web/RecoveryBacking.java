package org.facilitatoracademy.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Objects;
import org.facilitatoracademy.identity.application.AccountService;
import org.facilitatoracademy.identity.domain.AccountToken;
import org.facilitatoracademy.platform.errors.BusinessException;
import org.facilitatoracademy.platform.web.PageMessages;

/** The pages behind mailed links: confirming an email, asking for and using a reset link. */
@Named
@RequestScoped
public class RecoveryBacking {

  @Inject private AccountService accounts;
  @Inject private PageMessages messages;

  private String token;
  private String email;
  private String password;
  private String passwordAgain;
  private boolean done;
  private boolean confirmed;

  /** Runs when the confirmation page opens: following the link is the confirmation. */
  public void confirmEmail() {
    try {
      accounts.confirmEmail(token);
      confirmed = true;
    } catch (BusinessException e) {
      confirmed = false;
    }
  }

  public void requestReset() {
    accounts.requestPasswordReset(email);
    done = true;
    messages.info("forgot.done", email);
  }

  public void resetPassword() {
    if (!Objects.equals(password, passwordAgain)) {
      messages.error("reset:passwordAgain", "reset.mismatch");
      return;
    }
    try {
      accounts.resetPassword(token, password);
      done = true;
      messages.info("reset.done");
    } catch (BusinessException e) {
      messages.refusal("reset:password", e);
    }
  }

  public boolean isResetLinkUsable() {
    return done || accounts.isUsableToken(token, AccountToken.Purpose.RESET_PASSWORD);
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getPasswordAgain() {
    return passwordAgain;
  }

  public void setPasswordAgain(String passwordAgain) {
    this.passwordAgain = passwordAgain;
  }

  public boolean isDone() {
    return done;
  }

  public boolean isConfirmed() {
    return confirmed;
  }
}
