package org.facilitatoracademy.catalog.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once course content is loaded. */
@Readiness
@ApplicationScoped
public class ContentReadiness implements HealthCheck {

  @Inject private ContentCatalog content;

  @Override
  public HealthCheckResponse call() {
    try {
      return HealthCheckResponse.named("content")
          .status(content.isLoaded())
          .withData("courses", content.snapshot().courses().size())
          .build();
    } catch (RuntimeException stillStarting) {
      return HealthCheckResponse.down("content");
    }
  }
}
