package org.facilitatoracademy.identity.web;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.facilitatoracademy.identity.application.SignInOutcome;
import org.facilitatoracademy.platform.security.AcademyAuthenticationMechanism;
import org.facilitatoracademy.platform.web.PageMessages;

/** The sign-in form; afterwards it returns the person to the page they first asked for. */
@Named
@RequestScoped
public class LoginBacking {

  @Inject private SecurityContext security;
  @Inject private FacesContext faces;
  @Inject private PageMessages messages;

  private String email;
  private String password;
  private String continueTo;

  public String signIn() throws IOException {
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    HttpServletResponse response = (HttpServletResponse) external.getResponse();
    AuthenticationStatus status =
        security.authenticate(
            request,
            response,
            withParams()
                .newAuthentication(true)
                .credential(new UsernamePasswordCredential(email, new Password(password))));
    if (status == AuthenticationStatus.SUCCESS) {
      external.redirect(external.getRequestContextPath() + safeTarget(continueTo));
      faces.responseComplete();
      return null;
    }
    if (status == AuthenticationStatus.SEND_CONTINUE) {
      faces.responseComplete();
      return null;
    }
    Object outcome = request.getAttribute(AcademyAuthenticationMechanism.OUTCOME_ATTRIBUTE);
    messages.error(null, outcome == SignInOutcome.Result.LOCKED ? "login.locked" : "login.invalid");
    password = null;
    return null;
  }

  /** Only a path inside this application; anything else (another site, a scheme) goes home. */
  static String safeTarget(String target) {
    if (target == null
        || !target.startsWith("/")
        || target.startsWith("//")
        || target.contains("\\")
        || target.contains("\r")
        || target.contains("\n")
        || target.startsWith("/login")) {
      return "/me/home.xhtml";
    }
    return target;
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

  public String getContinueTo() {
    return continueTo;
  }

  public void setContinueTo(String continueTo) {
    this.continueTo = continueTo;
  }
}
