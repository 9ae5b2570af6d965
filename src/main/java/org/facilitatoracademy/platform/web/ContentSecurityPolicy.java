package org.facilitatoracademy.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * The policy PrimeFaces sends with each page ({@code primefaces.CSP_POLICY} in web.xml): ours, with
 * script-src last so PrimeFaces appends the page's nonce to it.
 */
@Named
@ApplicationScoped
public class ContentSecurityPolicy {

  public String getPages() {
    return SecurityHeaders.CSP;
  }
}
