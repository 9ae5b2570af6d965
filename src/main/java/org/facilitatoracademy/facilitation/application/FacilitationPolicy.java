package org.facilitatoracademy.facilitation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.facilitatoracademy.facilitation.domain.LeadershipPolicy;

/**
 * The figures of the leadership rule, from MicroProfile Config. The grace period is the one of the
 * certification policy (DOMAIN.md §5): the same key, so both contexts always agree.
 */
@ApplicationScoped
public class FacilitationPolicy {

  @Inject
  @ConfigProperty(name = "academy.policy.grace.days", defaultValue = "30")
  int graceDays;

  public LeadershipPolicy leadership() {
    return new LeadershipPolicy(graceDays);
  }
}
