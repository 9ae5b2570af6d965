package org.facilitatoracademy.catalog.infrastructure;

import java.util.List;
import java.util.Optional;
import org.facilitatoracademy.catalog.domain.ContentProblem;

/**
 * What one item's files yielded: the item, if they had no problem of their own, and the checks of
 * every file read for it (a module has its module.yaml and its lessons).
 */
record Candidate<T>(ItemKey key, Optional<T> item, List<FileCheck> checks) {

  Candidate {
    checks = List.copyOf(checks);
  }

  List<ContentProblem> problems() {
    return checks.stream().flatMap(c -> c.problems().stream()).toList();
  }

  Optional<Integer> lineOf(String file, String key) {
    return checks.stream()
        .filter(c -> c.file().equals(file))
        .findFirst()
        .flatMap(c -> c.lineOf(key));
  }
}
