package org.facilitatoracademy.platform.config;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Where the database is, read from {@code ACADEMY_DB_*} (or the same keys as system properties).
 */
public record DatabaseSettings(String url, String user, String password) {

  public static DatabaseSettings fromConfig() {
    Config config = ConfigProvider.getConfig(DatabaseSettings.class.getClassLoader());
    String dataDir = config.getOptionalValue("academy.data.dir", String.class).orElse("./data");
    String defaultUrl =
        "jdbc:h2:file:"
            + Path.of(dataDir, "academy").toAbsolutePath().normalize()
            + ";MODE=Regular";
    return new DatabaseSettings(
        durable(config.getOptionalValue("academy.db.url", String.class).orElse(defaultUrl)),
        config.getOptionalValue("academy.db.user", String.class).orElse("sa"),
        config.getOptionalValue("academy.db.password", String.class).orElse(""));
  }

  /**
   * An embedded H2 writes committed transactions to its file up to half a second later by default
   * (WRITE_DELAY 500 ms), so a process killed in that window loses writes it already acknowledged.
   * With WRITE_DELAY=0 every commit is written before it returns. An operator who sets WRITE_DELAY
   * in the URL keeps their choice.
   */
  static String durable(String url) {
    if (!url.startsWith("jdbc:h2:")
        || url.toUpperCase(java.util.Locale.ROOT).contains(";WRITE_DELAY=")) {
      return url;
    }
    return url + ";WRITE_DELAY=0";
  }

  public boolean isPostgres() {
    return url.startsWith("jdbc:postgresql:");
  }

  public boolean isH2() {
    return url.startsWith("jdbc:h2:");
  }

  /** The URL as it may appear in logs and error messages: never with a password in it. */
  public String safeUrl() {
    return url.replaceAll("(?i)(password=)[^;&]*", "$1***");
  }

  public DataSource createDataSource() {
    if (isH2()) {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL(url);
      h2.setUser(user);
      h2.setPassword(password);
      return h2;
    }
    if (isPostgres()) {
      PGSimpleDataSource pg = new PGSimpleDataSource();
      pg.setUrl(url);
      pg.setUser(user);
      pg.setPassword(password);
      if (!url.contains("options=")) {
        // A commit is on disk before it returns, even where the server's default was lowered for
        // speed (synchronous_commit = off loses the last commits of a crash).
        pg.setOptions("-c synchronous_commit=on");
      }
      return pg;
    }
    throw new IllegalStateException(
        "Unsupported database URL "
            + safeUrl()
            + ": ACADEMY_DB_URL must start with jdbc:h2: or jdbc:postgresql:");
  }

  @Override
  public String toString() {
    return "DatabaseSettings[url=" + safeUrl() + ", user=" + user + "]";
  }
}
