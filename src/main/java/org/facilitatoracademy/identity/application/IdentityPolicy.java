package org.facilitatoracademy.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.facilitatoracademy.identity.domain.LockoutPolicy;
import org.facilitatoracademy.identity.domain.PasswordPolicy;

/** The identity figures an organisation may change (academy.policy.* keys, see the README). */
@ApplicationScoped
public class IdentityPolicy {

  @Inject
  @ConfigProperty(name = "academy.policy.self-registration", defaultValue = "true")
  boolean selfRegistration;

  @Inject
  @ConfigProperty(name = "academy.policy.lockout.threshold", defaultValue = "5")
  int lockoutThreshold;

  @Inject
  @ConfigProperty(name = "academy.policy.lockout.minutes", defaultValue = "15")
  int lockoutMinutes;

  @Inject
  @ConfigProperty(name = "academy.policy.password.min-length", defaultValue = "10")
  int passwordMinLength;

  @Inject
  @ConfigProperty(name = "academy.policy.confirmation-token.hours", defaultValue = "48")
  int confirmationTokenHours;

  @Inject
  @ConfigProperty(name = "academy.policy.reset-token.minutes", defaultValue = "60")
  int resetTokenMinutes;

  public boolean selfRegistration() {
    return selfRegistration;
  }

  public LockoutPolicy lockout() {
    return new LockoutPolicy(lockoutThreshold, Duration.ofMinutes(lockoutMinutes));
  }

  public PasswordPolicy passwords() {
    return new PasswordPolicy(passwordMinLength);
  }

  public Duration confirmationTokenLifetime() {
    return Duration.ofHours(confirmationTokenHours);
  }

  public Duration resetTokenLifetime() {
    return Duration.ofMinutes(resetTokenMinutes);
  }
}
