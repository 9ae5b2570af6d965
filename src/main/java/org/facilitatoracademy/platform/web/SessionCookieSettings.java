package org.facilitatoracademy.platform.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie travels only over HTTPS when the site is served over HTTPS ({@code
 * ACADEMY_BASE_URL}); behind a proxy that ends TLS the server itself only sees plain HTTP, so the
 * request cannot tell. HttpOnly is in web.xml, SameSite=Lax in payara-web.xml.
 */
@WebListener
public class SessionCookieSettings implements ServletContextListener {

  @Override
  public void contextInitialized(ServletContextEvent event) {
    SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
    boolean https =
        ConfigProvider.getConfig(SessionCookieSettings.class.getClassLoader())
            .getOptionalValue("academy.base-url", String.class)
            .map(url -> url.regionMatches(true, 0, "https://", 0, 8))
            .orElse(false);
    if (https) {
      cookie.setSecure(true);
    }
  }
}
