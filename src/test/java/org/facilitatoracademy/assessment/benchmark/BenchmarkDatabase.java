package org.facilitatoracademy.assessment.benchmark;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** An empty database migrated by the application's own Flyway scripts. */
final class BenchmarkDatabase implements AutoCloseable {

  private final String name;
  private final DataSource dataSource;
  private final AutoCloseable server;

  private BenchmarkDatabase(String name, DataSource dataSource, AutoCloseable server) {
    this.name = name;
    this.dataSource = dataSource;
    this.server = server;
  }

  /**
   * {@code h2}: a file database as the application uses by default; {@code postgresql}: a real one.
   */
  static BenchmarkDatabase start(String kind, Path workDir) throws IOException {
    BenchmarkDatabase db =
        switch (kind) {
          case "h2" -> h2(workDir.resolve("h2"));
          case "postgresql" -> postgres();
          default -> throw new IllegalArgumentException("Unknown database " + kind);
        };
    db.migrate();
    return db;
  }

  /**
   * Runs the application's migration scripts in version order. Not through Flyway: on the test
   * class path Flyway finds the JSON Schema validator's Jackson 3 and fails on its annotations.
   */
  private void migrate() throws IOException {
    Path scripts = Path.of("target", "classes", "db", "migration");
    List<Path> files;
    try (Stream<Path> listed = Files.list(scripts)) {
      files = listed.sorted(Comparator.comparing(BenchmarkDatabase::version)).toList();
    }
    try (Connection c = dataSource.getConnection();
        Statement statement = c.createStatement()) {
      for (Path file : files) {
        String sql = Files.readString(file).replaceAll("(?m)--.*$", "");
        for (String command : sql.split(";")) {
          if (!command.isBlank()) {
            statement.execute(command);
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Migrating the benchmark database failed", e);
    }
  }

  /** V2_1__x.sql sorts after V2__y.sql and before V3__z.sql. */
  private static String version(Path script) {
    String name = script.getFileName().toString();
    String[] parts = name.substring(1, name.indexOf("__")).split("_");
    StringBuilder key = new StringBuilder();
    for (String part : parts) {
      key.append(String.format("%05d", Integer.parseInt(part)));
    }
    return key.toString();
  }

  private static BenchmarkDatabase h2(Path dir) throws IOException {
    delete(dir);
    Files.createDirectories(dir);
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:file:" + dir.toAbsolutePath().resolve("academy") + ";MODE=Regular");
    h2.setUser("sa");
    h2.setPassword("");
    return new BenchmarkDatabase("H2 2.2.224 (file)", h2, () -> {});
  }

  private static BenchmarkDatabase postgres() throws IOException {
    EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
    PGSimpleDataSource pg = new PGSimpleDataSource();
    pg.setUrl("jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres");
    pg.setUser("postgres");
    pg.setPassword("postgres");
    pg.setReWriteBatchedInserts(true);
    return new BenchmarkDatabase("PostgreSQL 14 (embedded)", pg, postgres);
  }

  private static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(BenchmarkDatabase::deleteFile);
    }
  }

  private static void deleteFile(Path file) {
    try {
      Files.delete(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String name() {
    return name;
  }

  DataSource dataSource() {
    return dataSource;
  }

  @Override
  public void close() throws Exception {
    server.close();
  }
}
