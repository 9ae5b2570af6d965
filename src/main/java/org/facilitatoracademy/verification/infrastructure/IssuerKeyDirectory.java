package org.facilitatoracademy.verification.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the issuer's key files live: {@code academy.issuer.key-dir}, or {@code issuer-keys} in the
 * data directory. Nodes of a cluster must share it; files are readable by the server's user only.
 */
@ApplicationScoped
public class IssuerKeyDirectory {

  @Inject
  @ConfigProperty(name = "academy.issuer.key-dir")
  Optional<String> keyDir;

  @Inject
  @ConfigProperty(name = "academy.data.dir", defaultValue = "./data")
  String dataDir;

  Path path() {
    return keyDir
        .filter(dir -> !dir.isBlank())
        .map(Path::of)
        .orElseGet(() -> Path.of(dataDir, "issuer-keys"))
        .toAbsolutePath()
        .normalize();
  }

  /**
   * The key files whose names end with {@code suffix}, newest first: every key file's name starts
   * with its creation time, so name order is age order.
   */
  List<Path> keyFiles(String suffix) {
    Path dir = path();
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(suffix))
          .sorted(Comparator.comparing((Path f) -> f.getFileName().toString()).reversed())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the issuer key directory " + dir, e);
    }
  }

  /** The directory, created (owner only) when missing. */
  Path create() throws IOException {
    Path dir = path();
    if (!Files.isDirectory(dir)) {
      Files.createDirectories(dir);
      restrictToOwner(dir, "rwx------");
    }
    return dir;
  }

  static void restrictToOwner(Path path, String permissions) throws IOException {
    try {
      Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
    } catch (UnsupportedOperationException e) {
      // Not a POSIX file system: the directory's own protection has to do.
    }
  }
}
