package org.facilitatoracademy.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Headers that make the browser refuse what this application never does: being framed, running
 * scripts that are not ours, guessing content types, leaking the address it came from, caching
 * personal data. Also on error pages, which the container reaches by an error dispatch.
 */
@WebFilter(
    urlPatterns = "/*",
    asyncSupported = true,
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.FORWARD})
public class SecurityHeadersFilter extends HttpFilter {

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    SecurityHeaders.applyTo(request, response);
    chain.doFilter(request, new OnePolicy(response));
  }

  /**
   * PrimeFaces adds its page policy (ours plus the page's nonce) as a second header; two policies
   * would both apply, and ours without the nonce would block its scripts. Its policy replaces ours.
   * Likewise a resource that says how its public answer may be cached replaces our no-store.
   */
  private static final class OnePolicy extends HttpServletResponseWrapper {

    OnePolicy(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void addHeader(String name, String value) {
      if ("Content-Security-Policy".equalsIgnoreCase(name)
          || "Cache-Control".equalsIgnoreCase(name)) {
        setHeader(name, value);
      } else {
        super.addHeader(name, value);
      }
    }
  }
}
