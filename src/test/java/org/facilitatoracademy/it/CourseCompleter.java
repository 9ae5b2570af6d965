package org.facilitatoracademy.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.facilitatoracademy.catalog.domain.ContentSnapshot;
import org.facilitatoracademy.catalog.domain.Course;
import org.facilitatoracademy.catalog.domain.CourseModule;
import org.facilitatoracademy.catalog.domain.Lesson;
import org.facilitatoracademy.catalog.domain.MatchPair;
import org.facilitatoracademy.catalog.domain.Option;
import org.facilitatoracademy.catalog.domain.OrderItem;
import org.facilitatoracademy.catalog.domain.Question;
import org.facilitatoracademy.catalog.domain.Quiz;
import org.facilitatoracademy.catalog.infrastructure.ContentLoader;

/**
 * Finishes a course through the public API as a diligent trainee would: every lesson in order,
 * every quiz passed, answering from the repository's content files (which the test can read and the
 * trainee learns from).
 */
public final class CourseCompleter {

  private static ContentSnapshot content;

  private CourseCompleter() {}

  private static synchronized ContentSnapshot content() {
    if (content == null) {
      content =
          new ContentLoader()
              .load(
                  Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize(),
                  ContentSnapshot.empty())
              .snapshot();
    }
    return content;
  }

  /** What a test may look at as the course is completed: each attempt as started and graded. */
  @FunctionalInterface
  public interface Watcher {
    void graded(JsonNode started, JsonNode result);
  }

  public static void complete(Api trainee, String courseId) {
    complete(trainee, courseId, (started, result) -> {});
  }

  public static void complete(Api trainee, String courseId, Watcher watcher) {
    ContentSnapshot snapshot = content();
    Course course = snapshot.getCourse(courseId);
    Api.Reply enrolled = trainee.post("/courses/" + courseId + "/enrollments", Map.of());
    assertThat(enrolled.status()).as(enrolled.body()).isIn(200, 201);
    for (CourseModule module : snapshot.modulesOf(course)) {
      for (Lesson lesson : module.lessons()) {
        Api.Reply done =
            trainee.post("/lessons/" + lesson.id() + "/completion?course=" + courseId, Map.of());
        assertThat(done.status()).as(done.body()).isEqualTo(204);
      }
      snapshot
          .findModuleQuiz(module.id())
          .ifPresent(quiz -> pass(trainee, quiz, courseId, watcher));
    }
    course
        .examQuizId()
        .map(snapshot::getQuiz)
        .ifPresent(exam -> pass(trainee, exam, courseId, watcher));
  }

  private static void pass(Api trainee, Quiz quiz, String courseId, Watcher watcher) {
    Api.Reply started =
        trainee.post("/quizzes/" + quiz.id() + "/attempts?course=" + courseId, Map.of());
    assertThat(started.status()).as(started.body()).isIn(200, 201);
    String attempt = started.json().path("attemptId").asText();
    for (JsonNode asked : started.json().path("questions")) {
      Question source = sourceOf(quiz, asked);
      Api.Reply saved =
          trainee.put(
              "/attempts/" + attempt + "/responses/" + asked.path("slot").asInt(),
              answer(source, asked));
      assertThat(saved.status()).as(saved.body()).isEqualTo(204);
    }
    Api.Reply result = trainee.post("/attempts/" + attempt + "/submission", Map.of());
    assertThat(result.status()).as(result.body()).isEqualTo(200);
    assertThat(result.json().path("passed").asBoolean()).as(quiz.id()).isTrue();
    watcher.graded(started.json(), result.json());
  }

  private static Question sourceOf(Quiz quiz, JsonNode asked) {
    String text = plain(asked.path("text").asText());
    return quiz.questions().stream()
        .filter(q -> plain(q.text()).equals(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No question '" + text + "' in " + quiz.id()));
  }

  private static Object answer(Question q, JsonNode asked) {
    return switch (q.type()) {
      case SINGLE ->
          Map.of(
              "optionId",
              idOf(
                  asked.path("options"),
                  q.options().stream().filter(Option::correct).findFirst().orElseThrow().text()));
      case MULTIPLE ->
          Map.of(
              "optionIds",
              q.options().stream()
                  .filter(Option::correct)
                  .map(o -> idOf(asked.path("options"), o.text()))
                  .toList());
      case TRUEFALSE -> Map.of("value", q.answer().orElseThrow());
      case ORDER ->
          Map.of(
              "order",
              q.items().stream()
                  .map(OrderItem::text)
                  .map(t -> idOf(asked.path("items"), t))
                  .toList());
      case MATCH -> {
        Map<String, String> matches = new LinkedHashMap<>();
        for (MatchPair pair : q.pairs()) {
          matches.put(
              idOf(asked.path("left"), pair.left().text()),
              idOf(asked.path("right"), pair.right().text()));
        }
        yield Map.of("matches", matches);
      }
    };
  }

  private static String idOf(JsonNode choices, String text) {
    for (JsonNode choice : choices) {
      if (plain(choice.path("text").asText()).equals(plain(text))) {
        return choice.path("id").asText();
      }
    }
    throw new AssertionError("No choice '" + text + "' in " + choices);
  }

  /** The text without markup and with single spaces, however the server renders it. */
  private static String plain(String text) {
    return text.replaceAll("<[^>]+>", "").replaceAll("\\s+", " ").strip();
  }
}
