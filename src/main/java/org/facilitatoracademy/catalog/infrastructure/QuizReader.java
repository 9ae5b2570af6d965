package org.facilitatoracademy.catalog.infrastructure;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.facilitatoracademy.catalog.domain.Question;
import org.facilitatoracademy.catalog.domain.Quiz;
import org.facilitatoracademy.catalog.domain.ReviewPolicy;
import org.facilitatoracademy.catalog.domain.StableId;

/** Reads {@code quizzes/<quiz-id>.quiz.yaml}: the quiz's settings and its questions. */
final class QuizReader {

  static final List<String> KEYS =
      List.of(
          "id",
          "title",
          "module",
          "course",
          "passMark",
          "maxAttempts",
          "lockDays",
          "minDaysBetweenAttempts",
          "timeLimitMinutes",
          "draw",
          "review",
          "questions");

  private static final int NO_LIMIT = Integer.MAX_VALUE;

  private QuizReader() {}

  static Candidate<Quiz> read(Path contentDir, Path file) {
    String fileId = Naming.idFromFileName(file.getFileName().toString(), ContentPaths.QUIZ_SUFFIX);
    FileCheck check = new FileCheck(ContentPaths.relative(contentDir, file));
    Optional<Quiz> quiz =
        SourceFile.read(contentDir, file, check)
            .flatMap(
                source ->
                    YamlText.compose(source.text(), check, 0)
                        .flatMap(node -> YamlMap.root(node, "The quiz", check, 0))
                        .flatMap(map -> quiz(map, fileId, source, check)));
    return new Candidate<>(ItemKey.quiz(fileId), quiz, List.of(check));
  }

  private static Optional<Quiz> quiz(
      YamlMap map, String fileId, SourceFile source, FileCheck check) {
    map.allowOnly(KEYS);
    String id = map.id("id");
    Naming.requireIdMatchesFile(map, id, fileId, "quizzes/<id>.quiz.yaml");
    String title = map.text("title");
    Optional<String> module = map.optionalId("module");
    Optional<String> course = map.optionalId("course");
    if (map.has("module") && map.has("course")) {
      map.problem(
          "course",
          "A quiz belongs either to a module or to a course (as its exam), not both: remove"
              + " 'module' or 'course'.");
    } else if (!map.has("module") && !map.has("course")) {
      map.problem(
          "The quiz needs 'module: <module id>' for a module's quiz, or 'course: <course id>' for"
              + " a course exam.");
    }
    int passMark = map.number("passMark", 1, 100);
    int maxAttempts =
        map.optionalNumber("maxAttempts", 1, NO_LIMIT).orElse(Quiz.DEFAULT_MAX_ATTEMPTS);
    Optional<Integer> lockDays = map.optionalNumber("lockDays", 1, NO_LIMIT);
    int minDaysBetweenAttempts =
        map.optionalNumber("minDaysBetweenAttempts", 0, NO_LIMIT)
            .orElse(Quiz.DEFAULT_MIN_DAYS_BETWEEN_ATTEMPTS);
    Optional<Integer> timeLimitMinutes = map.optionalNumber("timeLimitMinutes", 1, NO_LIMIT);
    Optional<Integer> draw = map.optionalNumber("draw", 1, NO_LIMIT);
    ReviewPolicy review = review(map, map.has("course"));
    List<Question> questions = questions(map);
    draw.filter(n -> !questions.isEmpty() && n > questions.size())
        .ifPresent(
            n ->
                map.problem(
                    "draw",
                    String.format(
                        "The quiz draws %d questions per attempt but has only %d; 'draw' can be"
                            + " at most %d.",
                        n, questions.size(), questions.size())));
    if (!check.isClean()) {
      return Optional.empty();
    }
    return Optional.of(
        new Quiz(
            id,
            title,
            module,
            course,
            passMark,
            maxAttempts,
            lockDays,
            minDaysBetweenAttempts,
            timeLimitMinutes,
            draw,
            questions,
            StableId.contentVersion(source.bytes()),
            review));
  }

  /** {@code review: full | areas}; without it, what suits the kind of quiz. */
  private static ReviewPolicy review(YamlMap map, boolean exam) {
    if (!map.has("review")) {
      return ReviewPolicy.defaultFor(exam);
    }
    String name = map.text("review");
    return ReviewPolicy.fromAuthoredName(name)
        .orElseGet(
            () -> {
              map.problem(
                  "review",
                  "'review' is '"
                      + name
                      + "'; write 'full' (every question with its right answer and explanation)"
                      + " or 'areas' (results per area and objective, no answers).");
              return ReviewPolicy.defaultFor(exam);
            });
  }

  private static List<Question> questions(YamlMap map) {
    if (!map.has("questions")) {
      map.problem("questions", "The quiz needs 'questions': at least one.");
      return List.of();
    }
    List<YamlMap> entries = map.maps("questions", i -> "Question " + (i + 1));
    if (entries.isEmpty()) {
      map.problem("questions", "The quiz has no questions; add at least one.");
    }
    List<Question> questions = new ArrayList<>();
    Map<String, Integer> firstLine = new HashMap<>();
    for (YamlMap entry : entries) {
      QuestionReader.read(entry)
          .ifPresent(
              question -> {
                Integer earlier = firstLine.putIfAbsent(question.id(), entry.line());
                if (earlier != null && !question.id().isEmpty()) {
                  entry.problem(
                      "id",
                      String.format(
                          "Two questions have the id '%s' (lines %d and %d); question ids must be"
                              + " unique in the quiz.",
                          question.id(), earlier, entry.line()));
                }
                questions.add(question);
              });
    }
    return questions;
  }
}
