package org.facilitatoracademy.catalog.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A course: modules taken in order, optionally closed by an exam. The {@code version} is the label
 * authors give a release of the course; {@code contentVersion} is derived from the file.
 */
public record Course(
    String id,
    String title,
    String version,
    Credential credential,
    Optional<String> description,
    List<String> moduleIds,
    Optional<String> examQuizId,
    String contentVersion) {

  public Course {
    Objects.requireNonNull(id);
    Objects.requireNonNull(title);
    Objects.requireNonNull(version);
    Objects.requireNonNull(credential);
    Objects.requireNonNull(description);
    moduleIds = List.copyOf(moduleIds);
    Objects.requireNonNull(examQuizId);
    Objects.requireNonNull(contentVersion);
  }

  /**
   * A course that leads to no credential of its own, such as the renewal refresher, can be taken
   * again once finished; a credential's course is taken once, its progress being the evidence.
   */
  public boolean isRepeatable() {
    return credential == Credential.NONE;
  }

  public boolean includesModule(String moduleId) {
    return moduleIds.contains(moduleId);
  }
}
