package org.facilitatoracademy.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.facilitatoracademy.identity.application.AccountService;
import org.facilitatoracademy.identity.application.AccountView;
import org.facilitatoracademy.platform.errors.BusinessException;
import org.facilitatoracademy.platform.security.CredentialChecker;
import org.facilitatoracademy.platform.security.SessionCaller;
import org.facilitatoracademy.platform.web.PageMessages;

/** The person's own account: details, password, data export, closing the account. */
@Named
@RequestScoped
public class AccountBacking {

  @Inject private AccountService accounts;
  @Inject private CredentialChecker credentials;
  @Inject private PageMessages messages;
  @Inject private FacesContext faces;

  private String currentPassword;
  private String newPassword;
  private String closingPassword;
  private AccountView me;

  public AccountView getMe() {
    if (me == null) {
      me = accounts.me();
    }
    return me;
  }

  public void changePassword() {
    try {
      accounts.changePassword(currentPassword, newPassword);
      // The password stamp changed: keep this session, which proved the old password just now.
      HttpSession session = (HttpSession) faces.getExternalContext().getSession(false);
      if (session != null
          && session.getAttribute(CredentialChecker.SESSION_CALLER)
              instanceof SessionCaller caller) {
        session.setAttribute(CredentialChecker.SESSION_CALLER, credentials.restamp(caller));
      }
      messages.info("account.passwordChanged");
    } catch (BusinessException e) {
      messages.refusal(
          "wrong-password".equals(e.code()) ? "password:currentPassword" : "password:newPassword",
          e);
    }
  }

  public void export() throws IOException {
    var data = accounts.export();
    var external = faces.getExternalContext();
    external.responseReset();
    external.setResponseContentType("application/json;charset=UTF-8");
    external.setResponseHeader("Content-Disposition", "attachment; filename=\"my-data.json\"");
    try (Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withFormatting(true));
        OutputStream out = external.getResponseOutputStream()) {
      out.write(jsonb.toJson(data).getBytes(StandardCharsets.UTF_8));
    } catch (Exception e) {
      throw new IOException(e);
    }
    faces.responseComplete();
  }

  /** Closes the account, ends the session and says goodbye on a public page. */
  public void closeAccount() throws IOException, ServletException {
    try {
      accounts.close(closingPassword);
    } catch (BusinessException e) {
      messages.refusal("close:closingPassword", e);
      return;
    }
    var external = faces.getExternalContext();
    ((HttpServletRequest) external.getRequest()).logout();
    external.invalidateSession();
    external.redirect(external.getRequestContextPath() + "/account-closed.xhtml");
    faces.responseComplete();
  }

  public String getClosingPassword() {
    return closingPassword;
  }

  public void setClosingPassword(String closingPassword) {
    this.closingPassword = closingPassword;
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }
}
