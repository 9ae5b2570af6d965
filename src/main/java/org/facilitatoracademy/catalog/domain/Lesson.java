package org.facilitatoracademy.catalog.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * One lesson of a module. {@code html} is already sanitised, so it can be written into a page as it
 * is; {@code file} is the source path relative to the content folder. A {@code printable} lesson
 * (the crisis card) is made to print on one page and can be downloaded as a one-page PDF, laid out
 * from {@code markdown}, the text it was written in.
 */
public record Lesson(
    String id,
    String title,
    Optional<Integer> minutes,
    String moduleId,
    String file,
    String html,
    String contentVersion,
    boolean printable,
    String markdown) {

  /** A lesson for the screen only. */
  public Lesson(
      String id,
      String title,
      Optional<Integer> minutes,
      String moduleId,
      String file,
      String html,
      String contentVersion) {
    this(id, title, minutes, moduleId, file, html, contentVersion, false, "");
  }

  public Lesson {
    Objects.requireNonNull(id);
    Objects.requireNonNull(title);
    Objects.requireNonNull(minutes);
    Objects.requireNonNull(moduleId);
    Objects.requireNonNull(file);
    Objects.requireNonNull(html);
    Objects.requireNonNull(contentVersion);
    Objects.requireNonNull(markdown);
  }
}
