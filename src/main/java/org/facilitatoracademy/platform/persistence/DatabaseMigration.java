package org.facilitatoracademy.platform.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.facilitatoracademy.platform.config.DatabaseSettings;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema up to the version this build needs before anything else runs.
 *
 * <p>The schema belongs to the versioned scripts in {@code db/migration}; EclipseLink never
 * generates tables. A database that cannot be reached stops the start with one message naming the
 * URL, so an operator sees the cause instead of failures on the first request.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

  private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

  @Resource(lookup = "java:app/jdbc/academy")
  private DataSource dataSource;

  private volatile boolean migrated;
  private volatile String schemaVersion = "none";

  @PostConstruct
  void migrate() {
    DatabaseSettings settings = DatabaseSettings.fromConfig();
    checkReachable(settings);
    MigrateResult result =
        Flyway.configure(getClass().getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .load()
            .migrate();
    schemaVersion = result.targetSchemaVersion != null ? result.targetSchemaVersion : "none";
    migrated = true;
    LOG.info(
        () ->
            "Database "
                + settings.safeUrl()
                + " is at schema version "
                + (result.targetSchemaVersion != null
                    ? result.targetSchemaVersion
                    : result.initialSchemaVersion)
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
  }

  /** The data source has already explained and logged the cause; stop the start with it. */
  private void checkReachable(DatabaseSettings settings) {
    try (Connection connection = dataSource.getConnection()) {
      connection.isValid(5);
    } catch (SQLException | RuntimeException e) {
      LOG.log(Level.FINE, "Database check failed for " + settings.safeUrl(), e);
      throw new IllegalStateException(e.getMessage());
    }
  }

  public boolean isMigrated() {
    return migrated;
  }

  public String schemaVersion() {
    return schemaVersion;
  }
}
