package org.facilitatoracademy.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * A copy of the repository's course content that the shared test server reads through
 * ACADEMY_CONTENT_DIR, so tests can break and mend files the way an author would.
 */
public final class ContentCopy {

  private static Path dir;

  private ContentCopy() {}

  public static synchronized Path fresh() {
    if (dir == null) {
      dir = TestServer.freshDirectory("content");
      copy(Path.of("modules"), dir.resolve("modules"));
      copy(Path.of("quizzes"), dir.resolve("quizzes"));
    }
    return dir;
  }

  public static Path file(String relative) {
    return fresh().resolve(relative);
  }

  private static void copy(Path from, Path to) {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path source : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
