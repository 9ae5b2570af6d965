package org.facilitatoracademy.catalog.domain;

import java.util.Comparator;
import java.util.Objects;

/**
 * Something wrong with a content file, told so that its author can fix it. {@code file} is relative
 * to the content folder ({@code quizzes/x.quiz.yaml}); {@code line} (1-based) and {@code key} (such
 * as {@code questions[3].options}, indexes from 0) are given where known.
 */
public record ContentProblem(String file, Integer line, String key, String message) {

  public static final Comparator<ContentProblem> IN_FILE_ORDER =
      Comparator.comparing(ContentProblem::file)
          .thenComparing(ContentProblem::line, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(ContentProblem::message);

  public ContentProblem {
    Objects.requireNonNull(file);
    Objects.requireNonNull(message);
  }

  /** The form compilers use, which editors and CI logs turn into links: {@code file:line: msg}. */
  public String describe() {
    if (line != null) {
      return file + ":" + line + ": " + message;
    }
    if (key != null) {
      return file + ": " + key + ": " + message;
    }
    return file + ": " + message;
  }
}
