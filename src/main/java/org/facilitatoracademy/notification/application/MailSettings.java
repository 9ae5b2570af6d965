package org.facilitatoracademy.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The SMTP server, if the operator configured one. Without it mail stays in the outbox. */
@ApplicationScoped
public class MailSettings {

  @Inject
  @ConfigProperty(name = "academy.mail.host")
  Optional<String> host;

  @Inject
  @ConfigProperty(name = "academy.mail.port", defaultValue = "25")
  int port;

  @Inject
  @ConfigProperty(
      name = "academy.mail.from",
      defaultValue = "Facilitator Academy <no-reply@localhost>")
  String from;

  @Inject
  @ConfigProperty(name = "academy.mail.max-attempts", defaultValue = "10")
  int maxAttempts;

  public boolean configured() {
    return host.filter(h -> !h.isBlank()).isPresent();
  }

  public String host() {
    return host.orElse("");
  }

  public int port() {
    return port;
  }

  public String from() {
    return from;
  }

  public int maxAttempts() {
    return maxAttempts;
  }
}
