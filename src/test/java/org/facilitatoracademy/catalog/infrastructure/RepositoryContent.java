package org.facilitatoracademy.catalog.infrastructure;

import java.nio.file.Path;

/** Where the repository's own content is: the project folder Maven runs the tests in. */
final class RepositoryContent {

  private RepositoryContent() {}

  static Path folder() {
    return Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
  }
}
