package org.facilitatoracademy.catalog.domain;

import java.util.List;
import java.util.Objects;

/**
 * What a load produced: the snapshot to make live, the items taken from their files, and every
 * problem found. Items whose files have problems are not in {@code loaded}; the snapshot keeps
 * their previously loaded version where there was one.
 */
public record ContentLoadResult(
    ContentSnapshot snapshot, List<LoadedItem> loaded, List<ContentProblem> errors) {

  public ContentLoadResult {
    Objects.requireNonNull(snapshot);
    loaded = List.copyOf(loaded);
    errors = List.copyOf(errors);
  }

  public boolean hasProblems() {
    return !errors.isEmpty();
  }
}
