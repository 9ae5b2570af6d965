package org.facilitatoracademy.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers that make the browser refuse what this application never does: being framed, loading
 * scripts or content from elsewhere, guessing content types, leaking the address it came from.
 *
 * <p>PrimeFaces still writes inline scripts and handlers, so scripts allow 'unsafe-inline' from
 * this origin only; no remote origin is ever allowed and output is escaped by Faces.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

  static final String CSP =
      "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self'"
          + " 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self';"
          + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("Content-Security-Policy", CSP);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    chain.doFilter(request, response);
  }
}
