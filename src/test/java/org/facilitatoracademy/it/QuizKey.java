package org.facilitatoracademy.it;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.facilitatoracademy.catalog.domain.ContentSnapshot;
import org.facilitatoracademy.catalog.domain.MatchPair;
import org.facilitatoracademy.catalog.domain.Option;
import org.facilitatoracademy.catalog.domain.OrderItem;
import org.facilitatoracademy.catalog.domain.Question;
import org.facilitatoracademy.catalog.domain.Quiz;
import org.facilitatoracademy.catalog.infrastructure.ContentLoader;

/**
 * The key of the repository's quizzes, read from the content files the way the application reads
 * them, so a test can answer a drawn question right (or wrong) on purpose. The API never tells.
 */
final class QuizKey {

  private static ContentSnapshot content;

  private final Quiz quiz;

  private QuizKey(Quiz quiz) {
    this.quiz = quiz;
  }

  static synchronized QuizKey of(String quizId) {
    if (content == null) {
      content = new ContentLoader().load(Path.of("."), ContentSnapshot.empty()).snapshot();
    }
    return new QuizKey(content.getQuiz(quizId));
  }

  Question questionOf(JsonNode asked) {
    String text = asked.path("text").asText();
    return quiz.questions().stream()
        .filter(q -> q.text().equals(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No question reads " + text));
  }

  List<String> authoredItemOrder(JsonNode asked) {
    return questionOf(asked).items().stream().map(OrderItem::id).toList();
  }

  /** The body of PUT responses/{slot} that answers the question right. */
  Map<String, Object> rightAnswer(JsonNode asked) {
    Question q = questionOf(asked);
    return switch (q.type()) {
      case SINGLE ->
          Map.of(
              "optionId",
              q.options().stream().filter(Option::correct).findFirst().orElseThrow().id());
      case MULTIPLE ->
          Map.of(
              "optionIds", q.options().stream().filter(Option::correct).map(Option::id).toList());
      case TRUEFALSE -> Map.of("value", q.answer().orElseThrow());
      case ORDER -> Map.of("order", q.items().stream().map(OrderItem::id).toList());
      case MATCH -> {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (MatchPair p : q.pairs()) {
          pairs.put(p.left().id(), p.right().id());
        }
        yield Map.of("matches", pairs);
      }
    };
  }
}
