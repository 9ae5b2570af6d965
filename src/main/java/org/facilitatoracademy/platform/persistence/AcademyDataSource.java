package org.facilitatoracademy.platform.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.facilitatoracademy.platform.config.DatabaseSettings;

/**
 * The data source Payara pools for the application.
 *
 * <p>Operators choose H2 or PostgreSQL with one URL ({@code ACADEMY_DB_URL}); a
 * {@code @DataSourceDefinition} fixes the driver class at build time, so this class picks the
 * vendor's data source from the URL when the pool first asks for a connection.
 */
public class AcademyDataSource implements DataSource {

  private static final java.util.logging.Logger LOG =
      java.util.logging.Logger.getLogger(AcademyDataSource.class.getName());

  private volatile DataSource target;
  private volatile boolean reported;
  private PrintWriter logWriter;
  private int loginTimeout;

  private DataSource target() {
    DataSource current = target;
    if (current == null) {
      synchronized (this) {
        if (target == null) {
          target = DatabaseSettings.fromConfig().createDataSource();
        }
        current = target;
      }
    }
    return current;
  }

  @Override
  public Connection getConnection() throws SQLException {
    try {
      return target().getConnection();
    } catch (SQLException e) {
      throw explained(e);
    }
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    try {
      return target().getConnection(username, password);
    } catch (SQLException e) {
      throw explained(e);
    }
  }

  /**
   * Whoever asks first (EclipseLink at deploy, the migration, a request) meets the same message
   * naming the database, never its password; it is logged once so the cause stands out.
   */
  private SQLException explained(SQLException e) {
    DatabaseSettings settings = DatabaseSettings.fromConfig();
    String message =
        "Cannot open the database at "
            + settings.safeUrl()
            + " as user '"
            + settings.user()
            + "': "
            + e.getMessage()
            + " Check ACADEMY_DB_URL, ACADEMY_DB_USER and ACADEMY_DB_PASSWORD.";
    if (!reported) {
      reported = true;
      LOG.severe(message);
    }
    return new SQLException(message, e.getSQLState(), e);
  }

  @Override
  public PrintWriter getLogWriter() {
    return logWriter;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    this.logWriter = out;
  }

  @Override
  public void setLoginTimeout(int seconds) {
    this.loginTimeout = seconds;
  }

  @Override
  public int getLoginTimeout() {
    return loginTimeout;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    if (iface.isInstance(this)) {
      return iface.cast(this);
    }
    return target().unwrap(iface);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) throws SQLException {
    return iface.isInstance(this) || target().isWrapperFor(iface);
  }
}
