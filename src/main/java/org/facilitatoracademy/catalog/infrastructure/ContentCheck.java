package org.facilitatoracademy.catalog.infrastructure;

import java.io.PrintStream;
import java.nio.file.Path;
import org.facilitatoracademy.catalog.domain.ContentLoadResult;
import org.facilitatoracademy.catalog.domain.ContentProblem;
import org.facilitatoracademy.catalog.domain.ContentSnapshot;

/**
 * The build's content check: {@code mvn verify} runs it on the repository and fails when any
 * content file has a problem. Problems are printed as {@code file:line: message}, the form IDEs and
 * CI logs link to the file.
 */
public final class ContentCheck {

  private ContentCheck() {}

  /**
   * @param args the folder holding {@code modules/} and {@code quizzes/}; the working directory if
   *     none is given
   */
  public static void main(String[] args) {
    Path contentDir = Path.of(args.length > 0 ? args[0] : ".");
    System.exit(run(contentDir, System.out, System.err));
  }

  /** Checks the folder and answers the exit status: 0 when the content is valid, 1 otherwise. */
  static int run(Path contentDir, PrintStream out, PrintStream err) {
    ContentLoadResult result = new ContentLoader().load(contentDir, ContentSnapshot.empty());
    if (result.hasProblems()) {
      result.errors().stream().map(ContentProblem::describe).forEach(err::println);
      err.println(
          result.errors().size()
              + " problem"
              + (result.errors().size() == 1 ? "" : "s")
              + " in the content of "
              + contentDir.toAbsolutePath().normalize());
      return 1;
    }
    ContentSnapshot content = result.snapshot();
    out.printf(
        "Content is valid: %d courses, %d modules, %d lessons, %d quizzes with %d questions.%n",
        content.courses().size(),
        content.modules().size(),
        content.modules().stream().mapToInt(m -> m.lessons().size()).sum(),
        content.quizzes().size(),
        content.quizzes().stream().mapToInt(q -> q.questions().size()).sum());
    return 0;
  }
}
