package org.facilitatoracademy.it;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.facilitatoracademy.catalog.domain.ContentSnapshot;
import org.facilitatoracademy.catalog.domain.MatchPair;
import org.facilitatoracademy.catalog.domain.Option;
import org.facilitatoracademy.catalog.domain.OrderItem;
import org.facilitatoracademy.catalog.domain.Question;
import org.facilitatoracademy.catalog.domain.Quiz;
import org.facilitatoracademy.catalog.infrastructure.ContentLoader;

/**
 * The key of the repository's quizzes, read from the content files the way the application reads
 * them, so a test can answer a drawn question right (or wrong) on purpose. The API never tells, and
 * its ids are made per attempt, so choices are found by their text.
 */
final class QuizKey {

  private static ContentSnapshot content;

  private final Quiz quiz;

  private QuizKey(Quiz quiz) {
    this.quiz = quiz;
  }

  static QuizKey of(String quizId) {
    return new QuizKey(content().getQuiz(quizId));
  }

  /** The repository's content as the application reads it. */
  static synchronized ContentSnapshot content() {
    if (content == null) {
      content = new ContentLoader().load(Path.of("."), ContentSnapshot.empty()).snapshot();
    }
    return content;
  }

  Question questionOf(JsonNode asked) {
    String text = asked.path("text").asText();
    return quiz.questions().stream()
        .filter(q -> q.text().equals(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No question reads " + text));
  }

  /** The texts of an order question's items in their right order. */
  List<String> itemTextsInOrder(JsonNode asked) {
    return questionOf(asked).items().stream().map(OrderItem::text).toList();
  }

  /**
   * The body of PUT responses/{slot} that answers the question right, in the ids this attempt
   * showed: the key is read from the content file, and each choice is found by its text.
   */
  Map<String, Object> rightAnswer(JsonNode asked) {
    Question q = questionOf(asked);
    return switch (q.type()) {
      case SINGLE ->
          Map.of(
              "optionId",
              shownId(
                  asked.path("options"),
                  q.options().stream().filter(Option::correct).findFirst().orElseThrow().text()));
      case MULTIPLE ->
          Map.of(
              "optionIds",
              q.options().stream()
                  .filter(Option::correct)
                  .map(o -> shownId(asked.path("options"), o.text()))
                  .toList());
      case TRUEFALSE -> Map.of("value", q.answer().orElseThrow());
      case ORDER ->
          Map.of(
              "order",
              q.items().stream().map(i -> shownId(asked.path("items"), i.text())).toList());
      case MATCH -> {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (MatchPair p : q.pairs()) {
          pairs.put(
              shownId(asked.path("left"), p.left().text()),
              shownId(asked.path("right"), p.right().text()));
        }
        yield Map.of("matches", pairs);
      }
    };
  }

  /**
   * The right answer in the quiz file's own ids, as someone who read the file (or an earlier
   * attempt's ids) might send it. Empty for a true/false question, which names no ids.
   */
  Optional<Map<String, Object>> authoredRightAnswer(JsonNode asked) {
    Question q = questionOf(asked);
    return switch (q.type()) {
      case SINGLE ->
          Optional.of(
              Map.of(
                  "optionId",
                  q.options().stream().filter(Option::correct).findFirst().orElseThrow().id()));
      case MULTIPLE ->
          Optional.of(
              Map.of(
                  "optionIds",
                  q.options().stream().filter(Option::correct).map(Option::id).toList()));
      case TRUEFALSE -> Optional.empty();
      case ORDER -> Optional.of(Map.of("order", q.items().stream().map(OrderItem::id).toList()));
      case MATCH -> {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (MatchPair p : q.pairs()) {
          pairs.put(p.left().id(), p.right().id());
        }
        yield Optional.of(Map.of("matches", pairs));
      }
    };
  }

  /** Every authored id of the quiz: option ids, and the ids items and sides are stored under. */
  Set<String> authoredIds() {
    Set<String> ids = new HashSet<>();
    for (Question q : quiz.questions()) {
      q.options().forEach(o -> ids.add(o.id()));
      q.items().forEach(i -> ids.add(i.id()));
      q.pairs().forEach(p -> ids.add(p.left().id()));
      q.pairs().forEach(p -> ids.add(p.right().id()));
    }
    return ids;
  }

  /** The id the attempt shows for the choice with that text. */
  static String shownId(JsonNode choices, String text) {
    for (JsonNode choice : choices) {
      if (choice.path("text").asText().equals(text)) {
        return choice.path("id").asText();
      }
    }
    throw new AssertionError("No choice reads '" + text + "' in " + choices);
  }
}
