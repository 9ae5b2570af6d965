package org.facilitatoracademy.catalog.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.facilitatoracademy.catalog.domain.ContentLoadResult;
import org.facilitatoracademy.catalog.domain.ContentSnapshot;
import org.facilitatoracademy.catalog.domain.CourseModule;
import org.facilitatoracademy.catalog.domain.Objective;
import org.facilitatoracademy.catalog.domain.Question;
import org.facilitatoracademy.catalog.domain.Quiz;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The repository's content meets what the training needs beyond being valid (the figures of
 * DOMAIN.md §5 and the content spec): enough items per objective and per bank, exam settings, and
 * item metadata for item analysis. Each test fails with the full list of what is missing.
 */
class ContentCoverageTest {

  private static final int MIN_ITEMS_PER_OBJECTIVE = 2;
  private static final int MIN_BANK_ITEMS = 15;
  private static final int MIN_BANK_TYPES = 3;

  private static ContentSnapshot content;

  @BeforeAll
  static void loadRepositoryContent() {
    ContentLoadResult result =
        new ContentLoader().load(RepositoryContent.folder(), ContentSnapshot.empty());
    content = result.snapshot();
  }

  @Test
  void everyObjectiveIsTestedByAtLeastTwoItemsOfItsModuleBank() {
    List<String> missing = new ArrayList<>();
    for (CourseModule module : content.modules()) {
      List<Question> bank =
          content.findModuleQuiz(module.id()).map(Quiz::questions).orElse(List.of());
      for (Objective objective : module.objectives()) {
        long items =
            bank.stream()
                .filter(q -> q.objective().filter(objective.id()::equals).isPresent())
                .count();
        if (items < MIN_ITEMS_PER_OBJECTIVE) {
          missing.add(
              String.format(
                  "objective %s of module %s is tested by %d item(s) of the module bank; needs %d",
                  objective.id(), module.id(), items, MIN_ITEMS_PER_OBJECTIVE));
        }
      }
    }
    assertThat(missing).as(String.join("\n", missing)).isEmpty();
  }

  @Test
  void everyModuleHasABankOfFifteenItemsDrawingTenAtEightyPercentWithThreeAttempts() {
    List<String> missing = new ArrayList<>();
    for (CourseModule module : content.modules()) {
      Optional<Quiz> bank = content.findModuleQuiz(module.id());
      if (bank.isEmpty()) {
        missing.add(
            "module " + module.id() + " has no quiz (quizzes/" + module.id() + ".quiz.yaml)");
        continue;
      }
      Quiz quiz = bank.get();
      if (quiz.questions().size() < MIN_BANK_ITEMS) {
        missing.add(
            quiz.id()
                + ": "
                + quiz.questions().size()
                + " items; a module bank needs "
                + MIN_BANK_ITEMS);
      }
      if (!quiz.draw().equals(Optional.of(10))) {
        missing.add(quiz.id() + ": draw is " + quiz.draw().orElse(null) + "; must be 10");
      }
      if (quiz.passMark() != 80) {
        missing.add(quiz.id() + ": passMark is " + quiz.passMark() + "; must be 80");
      }
      if (quiz.maxAttempts() != 3 || !quiz.lockDays().equals(Optional.of(7))) {
        missing.add(quiz.id() + ": a module quiz allows 3 attempts, then locks for 7 days");
      }
      long types = quiz.questions().stream().map(Question::type).distinct().count();
      if (types < MIN_BANK_TYPES) {
        missing.add(quiz.id() + ": uses " + types + " question type(s); needs " + MIN_BANK_TYPES);
      }
    }
    assertThat(missing).as(String.join("\n", missing)).isEmpty();
  }

  /** Exam items name objectives without their module, so an objective id must say which. */
  @Test
  void objectiveIdsAreUniqueAcrossModules() {
    Map<String, String> moduleOf = new HashMap<>();
    List<String> missing = new ArrayList<>();
    for (CourseModule module : content.modules()) {
      for (Objective objective : module.objectives()) {
        String earlier = moduleOf.putIfAbsent(objective.id(), module.id());
        if (earlier != null) {
          missing.add(
              "objective " + objective.id() + " is in both " + earlier + " and " + module.id());
        }
      }
    }
    assertThat(missing).as(String.join("\n", missing)).isEmpty();
  }

  @Test
  void theFacilitatorExamMeetsTheCertificationFigures() {
    List<String> missing = new ArrayList<>();
    examOf("facilitator", missing)
        .ifPresent(
            exam -> {
              int items = exam.questions().size();
              long scenarios = exam.questions().stream().filter(Question::scenario).count();
              require(items >= 60, exam, items + " items; needs at least 60", missing);
              require(exam.draw().equals(Optional.of(40)), exam, "draw must be 40", missing);
              require(
                  scenarios * 4 >= items && scenarios >= 10,
                  exam,
                  scenarios + " scenario items of " + items + "; needs at least 25 % (and 10)",
                  missing);
              require(exam.maxAttempts() == 3, exam, "maxAttempts must be 3", missing);
              require(
                  exam.minDaysBetweenAttempts() == 7,
                  exam,
                  "minDaysBetweenAttempts must be 7",
                  missing);
              require(
                  exam.lockDays().equals(Optional.of(180)), exam, "lockDays must be 180", missing);
            });
    assertThat(missing).as(String.join("\n", missing)).isEmpty();
  }

  @Test
  void theHostExamHasAtLeastTwentyFiveItems() {
    List<String> missing = new ArrayList<>();
    examOf("host", missing)
        .ifPresent(
            exam ->
                require(
                    exam.questions().size() >= 25,
                    exam,
                    exam.questions().size() + " items; needs at least 25",
                    missing));
    assertThat(missing).as(String.join("\n", missing)).isEmpty();
  }

  @Test
  void theRefresherExamHasAtLeastFifteenItems() {
    List<String> missing = new ArrayList<>();
    examOf("renewal-refresher", missing)
        .ifPresent(
            exam ->
                require(
                    exam.questions().size() >= 15,
                    exam,
                    exam.questions().size() + " items; needs at least 15",
                    missing));
    assertThat(missing).as(String.join("\n", missing)).isEmpty();
  }

  @Test
  void everyItemHasAnExplanationAnAreaAndAnObjective() {
    List<String> missing = new ArrayList<>();
    for (Quiz quiz : content.quizzes()) {
      for (Question question : quiz.questions()) {
        String item = quiz.id() + " / " + question.id();
        if (question.explanation().isBlank()) {
          missing.add(item + ": no explanation");
        }
        if (question.area().isEmpty()) {
          missing.add(item + ": no area");
        }
        if (question.objective().isEmpty()) {
          missing.add(item + ": no objective");
        }
      }
    }
    assertThat(content.quizzes()).isNotEmpty();
    assertThat(missing).as(String.join("\n", missing)).isEmpty();
  }

  /** Read from the files: the model gives options without an id one derived from the text. */
  @Test
  void everyOptionHasAnAuthoredId() throws IOException {
    List<String> missing = new ArrayList<>();
    Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
    try (Stream<Path> files = Files.list(RepositoryContent.folder().resolve("quizzes"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".quiz.yaml")).sorted().toList()) {
        Map<String, Object> quiz = yaml.load(Files.readString(file));
        for (Object question : list(quiz.get("questions"))) {
          Map<?, ?> q = (Map<?, ?>) question;
          List<Object> options = list(q.get("options"));
          for (int i = 0; i < options.size(); i++) {
            if (!((Map<?, ?>) options.get(i)).containsKey("id")) {
              missing.add(
                  file.getFileName() + " / " + q.get("id") + ": option " + (i + 1) + " has no id");
            }
          }
        }
      }
    }
    assertThat(missing).as(String.join("\n", missing)).isEmpty();
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Object value) {
    return value instanceof List<?> list ? (List<Object>) list : List.of();
  }

  private static Optional<Quiz> examOf(String courseId, List<String> missing) {
    Optional<Quiz> exam =
        content.findCourse(courseId).flatMap(c -> c.examQuizId()).flatMap(content::findQuiz);
    if (exam.isEmpty()) {
      missing.add("course " + courseId + " has no loadable exam");
    }
    return exam;
  }

  private static void require(boolean holds, Quiz exam, String what, List<String> missing) {
    if (!holds) {
      missing.add(exam.id() + ": " + what);
    }
  }
}
