package org.facilitatoracademy.it;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A real Payara Micro running the built WAR in its own process, configured only through the
 * environment, as an operator would run it. The shared instance serves every black-box and browser
 * test; tests about starting (migrations, restarts, PostgreSQL) start their own.
 */
public final class TestServer implements AutoCloseable {

  private static TestServer shared;

  private final Process process;
  private final int port;
  private final Path log;

  private TestServer(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /** The server every black-box and browser test shares: demo data on, mail to the test SMTP. */
  public static synchronized TestServer shared() {
    if (shared == null) {
      Mailbox mailbox = Mailbox.shared();
      Map<String, String> env = new HashMap<>();
      env.put("ACADEMY_DEMO", "true");
      env.put("ACADEMY_MAIL_HOST", "127.0.0.1");
      env.put("ACADEMY_MAIL_PORT", Integer.toString(mailbox.port()));
      env.put("ACADEMY_MAIL_POLL_SECONDS", "1");
      env.put("ACADEMY_CONTENT_DIR", ContentCopy.fresh().toString());
      shared = start("shared", freshDirectory("shared"), env);
      Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
    }
    return shared;
  }

  /** A server of its own on the given data directory; extra environment overrides defaults. */
  public static TestServer start(String name, Path dataDir, Map<String, String> extraEnv) {
    TestServer server = launch(name, dataDir, extraEnv);
    try {
      server.awaitReady();
    } catch (RuntimeException e) {
      // A server that did not start must not outlive the test and hold its port and files.
      server.close();
      throw e;
    }
    return server;
  }

  /** A server that is expected not to start the application; returns once its log says so. */
  public static TestServer startFailing(
      String name, Path dataDir, Map<String, String> extraEnv, String expectedLogText) {
    TestServer server = launch(name, dataDir, extraEnv);
    await()
        .atMost(Duration.ofMinutes(3))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> server.log().contains(expectedLogText) || !server.isAlive());
    return server;
  }

  private static TestServer launch(String name, Path dataDir, Map<String, String> extraEnv) {
    int port = freePort();
    Path target = Path.of(System.getProperty("project.build.directory", "target"));
    Path log = target.resolve("it-logs").resolve(name + "-" + port + ".log");
    try {
      Files.createDirectories(log.getParent());
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.add("-Xmx768m");
      command.add("-jar");
      command.add(target.resolve("payara-micro.jar").toString());
      command.add("--deploy");
      command.add(target.resolve("facilitator-academy.war").toString());
      command.add("--contextroot");
      command.add("/");
      command.add("--port");
      command.add(Integer.toString(port));
      command.add("--nocluster");
      ProcessBuilder builder = new ProcessBuilder(command);
      builder.environment().put("ACADEMY_DATA_DIR", dataDir.toAbsolutePath().toString());
      builder.environment().put("ACADEMY_BASE_URL", "http://localhost:" + port);
      builder.environment().putAll(extraEnv);
      builder.redirectErrorStream(true);
      builder.redirectOutput(log.toFile());
      return new TestServer(builder.start(), port, log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void awaitReady() {
    HttpClient http = HttpClient.newHttpClient();
    await()
        .atMost(Duration.ofMinutes(3))
        .pollInterval(Duration.ofMillis(500))
        .ignoreExceptionsMatching(e -> e instanceof IOException)
        .until(
            () -> {
              if (!process.isAlive() || log().contains("Exception while loading the app")) {
                throw new IllegalStateException("The application did not start; see " + log);
              }
              return http.send(
                          HttpRequest.newBuilder(URI.create(url("/health/ready"))).build(),
                          HttpResponse.BodyHandlers.discarding())
                      .statusCode()
                  == 200;
            });
  }

  public static Path freshDirectory(String name) {
    Path dir =
        Path.of(System.getProperty("project.build.directory", "target"))
            .resolve("it-data")
            .resolve(name + "-" + System.nanoTime());
    try {
      return Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String url(String path) {
    return "http://localhost:" + port + path;
  }

  public int port() {
    return port;
  }

  public String log() {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /**
   * Kills the process as {@code kill -9} does: no shutdown hook runs and nothing is flushed, as
   * when the machine's power or the operating system's memory killer ends it.
   */
  public void kill() {
    process.destroyForcibly();
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Stops the server and waits until the process is gone, so its database files are free. */
  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
