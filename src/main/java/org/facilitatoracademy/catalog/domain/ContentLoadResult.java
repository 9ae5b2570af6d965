package org.facilitatoracademy.catalog.domain;

import java.util.List;
import java.util.Objects;

/**
 * What a load produced: the snapshot to make live, the items taken from their files, and every
 * problem found. Items whose files have problems are not in {@code loaded}; the snapshot keeps
 * their previously loaded version where there was one. {@code banks} has the item-writing figures
 * of every quiz file whose questions could be read, valid or not, so a report can show an author
 * how far a bank is from the rules.
 */
public record ContentLoadResult(
    ContentSnapshot snapshot,
    List<LoadedItem> loaded,
    List<ContentProblem> errors,
    List<BankFigures> banks) {

  public ContentLoadResult {
    Objects.requireNonNull(snapshot);
    loaded = List.copyOf(loaded);
    errors = List.copyOf(errors);
    banks = List.copyOf(banks);
  }

  public boolean hasProblems() {
    return !errors.isEmpty();
  }
}
