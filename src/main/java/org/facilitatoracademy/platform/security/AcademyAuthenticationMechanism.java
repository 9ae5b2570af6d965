package org.facilitatoracademy.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.facilitatoracademy.identity.application.SignInOutcome;
import org.facilitatoracademy.platform.web.SecurityHeaders;

/**
 * The application's one authentication mechanism (Jakarta Security allows one per application).
 *
 * <p>Pages use a form and a session: a protected page asked for without signing in sends the person
 * to the sign-in page, which returns them to where they were going. The REST API under {@code
 * /api/} uses HTTP Basic on every request and never looks at or starts a session, so a signed-in
 * browser cannot be tricked into calling it (no cross-site request forgery).
 */
@ApplicationScoped
public class AcademyAuthenticationMechanism implements HttpAuthenticationMechanism {

  /** Request attribute through which the sign-in page learns why a sign-in failed. */
  public static final String OUTCOME_ATTRIBUTE = "academy.signInOutcome";

  @Inject private CredentialChecker credentials;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    // This runs before any filter: its 401s and redirects carry the same headers as the rest.
    SecurityHeaders.applyTo(request, response);
    if (isApi(request)) {
      return validateApi(request, response, context);
    }
    return validatePage(request, context);
  }

  private AuthenticationStatus validatePage(
      HttpServletRequest request, HttpMessageContext context) {
    Credential credential = context.getAuthParameters().getCredential();
    if (credential instanceof UsernamePasswordCredential form) {
      SignInOutcome outcome = credentials.signIn(form.getCaller(), form.getPasswordAsString());
      request.setAttribute(OUTCOME_ATTRIBUTE, outcome.result());
      if (!outcome.signedIn()) {
        // The sign-in page shows why; no 401 error page for a mistyped password.
        return AuthenticationStatus.SEND_FAILURE;
      }
      // A new session id at sign-in: a session id planted before sign-in is worth nothing.
      if (request.getSession(false) != null) {
        request.changeSessionId();
      }
      SessionCaller caller = credentials.sessionCaller(outcome);
      request.getSession(true).setAttribute(CredentialChecker.SESSION_CALLER, caller);
      return context.notifyContainerAboutLogin(caller.publicId(), caller.roles());
    }
    HttpSession session = request.getSession(false);
    if (session != null
        && session.getAttribute(CredentialChecker.SESSION_CALLER) instanceof SessionCaller caller) {
      Optional<SessionCaller> current = credentials.refresh(caller);
      if (current.isPresent()) {
        session.setAttribute(CredentialChecker.SESSION_CALLER, current.get());
        return context.notifyContainerAboutLogin(current.get().publicId(), current.get().roles());
      }
      // Password changed elsewhere, account locked or closed: the session ends.
      session.removeAttribute(CredentialChecker.SESSION_CALLER);
    }
    if (context.isProtected()) {
      return context.redirect(signInUrl(request));
    }
    return context.doNothing();
  }

  private static String signInUrl(HttpServletRequest request) {
    String target = request.getRequestURI().substring(request.getContextPath().length());
    if (request.getQueryString() != null) {
      target += "?" + request.getQueryString();
    }
    return request.getContextPath()
        + "/login.xhtml?continue="
        + URLEncoder.encode(target, StandardCharsets.UTF_8);
  }

  private AuthenticationStatus validateApi(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return context.isProtected()
          ? unauthorized(
              response,
              context,
              "authentication-required",
              "Sign in with HTTP Basic: your email and password.")
          : context.doNothing();
    }
    String decoded;
    try {
      decoded =
          new String(
              Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return unauthorized(
          response,
          context,
          "invalid-credentials",
          "The Authorization header is not valid HTTP Basic.");
    }
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      return unauthorized(
          response,
          context,
          "invalid-credentials",
          "The Authorization header is not valid HTTP Basic.");
    }
    SignInOutcome outcome =
        credentials.signInApi(decoded.substring(0, colon), decoded.substring(colon + 1));
    return switch (outcome.result()) {
      case SIGNED_IN -> context.notifyContainerAboutLogin(outcome.publicId(), outcome.roles());
      case LOCKED ->
          unauthorized(
              response,
              context,
              "account-locked",
              "This account is locked after too many failed sign-ins. Try again later or reset the password.");
      case INVALID ->
          unauthorized(response, context, "invalid-credentials", "Wrong email or password.");
    };
  }

  private static AuthenticationStatus unauthorized(
      HttpServletResponse response, HttpMessageContext context, String code, String message) {
    try {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.setHeader(
          "WWW-Authenticate", "Basic realm=\"Facilitator Academy\", charset=\"UTF-8\"");
      response.setContentType("application/json");
      response.setCharacterEncoding("UTF-8");
      response.getWriter().write(JsonError.of(code, message));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  private static boolean isApi(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/api/");
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(CredentialChecker.SESSION_CALLER);
    }
    HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
  }
}
