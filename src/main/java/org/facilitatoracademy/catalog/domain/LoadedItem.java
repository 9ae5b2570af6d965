package org.facilitatoracademy.catalog.domain;

import java.util.Objects;

/** A course, module or quiz that a load took from its file, with the version it now has. */
public record LoadedItem(String file, String id, String contentVersion) {

  public LoadedItem {
    Objects.requireNonNull(file);
    Objects.requireNonNull(id);
    Objects.requireNonNull(contentVersion);
  }
}
