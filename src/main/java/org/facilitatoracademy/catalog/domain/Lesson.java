package org.facilitatoracademy.catalog.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * One lesson of a module. {@code html} is already sanitised, so it can be written into a page as it
 * is; {@code file} is the source path relative to the content folder.
 */
public record Lesson(
    String id,
    String title,
    Optional<Integer> minutes,
    String moduleId,
    String file,
    String html,
    String contentVersion) {

  public Lesson {
    Objects.requireNonNull(id);
    Objects.requireNonNull(title);
    Objects.requireNonNull(minutes);
    Objects.requireNonNull(moduleId);
    Objects.requireNonNull(file);
    Objects.requireNonNull(html);
    Objects.requireNonNull(contentVersion);
  }
}
