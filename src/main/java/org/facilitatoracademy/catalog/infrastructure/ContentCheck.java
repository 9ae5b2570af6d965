package org.facilitatoracademy.catalog.infrastructure;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.facilitatoracademy.catalog.domain.BankFigures;
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
    printBanks(result.banks(), out);
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

  /**
   * One line per quiz bank with the figures the item-writing rules judge, so authors see how near a
   * bank is to a limit before it breaks one.
   */
  private static void printBanks(List<BankFigures> banks, PrintStream out) {
    if (banks.isEmpty()) {
      return;
    }
    out.println(
        "Quiz banks: items, draw (items the rules ask for), single-choice keys that are the"
            + " longest option (at most 30 %), true/false answers that are true (35-65 %),"
            + " scenarios (exams at least 40 %):");
    for (BankFigures bank :
        banks.stream().sorted(Comparator.comparing(BankFigures::quizId)).toList()) {
      int singles = bank.singles().size();
      int longest = bank.longestKeyIds().size();
      int trueFalse = bank.trueFalse().size();
      int trues = bank.trueIds().size();
      int scenarios = bank.scenarioIds().size();
      out.printf(
          "  %-28s %-6s items %3d  draw %-9s longest key %2d/%-2d (%3d %%)  true %2d/%-2d (%3d %%)"
              + "  scenarios %3d (%3d %%)%n",
          bank.quizId(),
          bank.exam() ? "exam" : "module",
          bank.items(),
          bank.draw().map(d -> d + " (" + bank.requiredItems().orElseThrow() + ")").orElse("all"),
          longest,
          singles,
          BankFigures.percent(longest, singles),
          trues,
          trueFalse,
          BankFigures.percent(trues, trueFalse),
          scenarios,
          BankFigures.percent(scenarios, bank.items()));
    }
  }
}
