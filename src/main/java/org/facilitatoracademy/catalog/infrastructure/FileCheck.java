package org.facilitatoracademy.catalog.infrastructure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.facilitatoracademy.catalog.domain.ContentProblem;

/**
 * The problems found in one file, and the line of every key read from it. The lines are kept so
 * that checks that look across files, run later, can still point at the right line.
 */
final class FileCheck {

  private final String file;
  private final List<ContentProblem> problems = new ArrayList<>();
  private final Map<String, Integer> lines = new HashMap<>();

  FileCheck(String file) {
    this.file = file;
  }

  String file() {
    return file;
  }

  void problem(Integer line, String key, String message) {
    problems.add(new ContentProblem(file, line, key, message));
  }

  void problem(String message) {
    problem(null, null, message);
  }

  void remember(String key, int line) {
    lines.put(key, line);
  }

  Optional<Integer> lineOf(String key) {
    return Optional.ofNullable(lines.get(key));
  }

  boolean isClean() {
    return problems.isEmpty();
  }

  List<ContentProblem> problems() {
    return List.copyOf(problems);
  }
}
