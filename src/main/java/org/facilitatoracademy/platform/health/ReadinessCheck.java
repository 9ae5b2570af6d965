package org.facilitatoracademy.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.facilitatoracademy.platform.persistence.DatabaseMigration;

/** Ready once the database schema is migrated. */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

  @Inject private DatabaseMigration migration;

  @Override
  public HealthCheckResponse call() {
    try {
      return HealthCheckResponse.named("database")
          .status(migration.isMigrated())
          .withData("schemaVersion", migration.schemaVersion())
          .build();
    } catch (RuntimeException stillStarting) {
      // Asked before the application finished starting: not ready yet.
      return HealthCheckResponse.down("database");
    }
  }
}
