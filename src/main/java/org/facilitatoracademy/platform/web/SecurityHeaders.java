package org.facilitatoracademy.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The headers every answer carries, whoever writes it: pages, the API, error pages and the
 * authentication mechanism's 401s (which run before any filter).
 *
 * <p>Scripts run only from this origin; the few inline scripts PrimeFaces writes carry the nonce it
 * adds to the policy of each page (see {@link ContentSecurityPolicy}). Styles may be inline because
 * PrimeFaces' components position themselves with style attributes; a style cannot run code.
 */
public final class SecurityHeaders {

  /**
   * No inline script and no eval; script-src comes last so PrimeFaces can append a page's nonce.
   */
  public static final String CSP =
      "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src"
          + " 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action"
          + " 'self'; frame-ancestors 'none'; script-src 'self'";

  private SecurityHeaders() {}

  public static void applyTo(HttpServletRequest request, HttpServletResponse response) {
    response.setHeader("Content-Security-Policy", CSP);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    // The container names itself in a Server header unless the application already set one;
    // naming the server and its version only helps someone looking for a known weakness.
    response.setHeader("Server", "");
    if (!isStaticResource(request)) {
      // Pages and API answers are about a person (their attempts, certificates, export, the
      // coordinator's view of others); no browser or proxy cache may keep them.
      response.setHeader("Cache-Control", "no-store");
    }
  }

  /** Faces resources (scripts, styles, fonts of PrimeFaces and ours) are the same for everyone. */
  private static boolean isStaticResource(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/jakarta.faces.resource/");
  }
}
