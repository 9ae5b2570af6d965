package org.facilitatoracademy.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The public address of this installation, used in mailed links, QR codes and credential ids. */
@ApplicationScoped
public class BaseUrl {

  @Inject
  @ConfigProperty(name = "academy.base-url")
  Optional<String> configured;

  @Inject
  @ConfigProperty(name = "payaramicro.port", defaultValue = "8080")
  String port;

  public String value() {
    return configured
        .filter(url -> !url.isBlank())
        .map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url)
        .orElse("http://localhost:" + port);
  }

  public String link(String path) {
    return value() + (path.startsWith("/") ? path : "/" + path);
  }
}
