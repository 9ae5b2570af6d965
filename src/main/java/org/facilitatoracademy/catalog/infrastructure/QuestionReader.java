package org.facilitatoracademy.catalog.infrastructure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.facilitatoracademy.catalog.domain.MatchPair;
import org.facilitatoracademy.catalog.domain.OrderItem;
import org.facilitatoracademy.catalog.domain.Question;
import org.facilitatoracademy.catalog.domain.QuestionType;

/** Reads one question of a quiz and checks the rules of its type. */
final class QuestionReader {

  static final List<String> KEYS =
      List.of(
          "id",
          "type",
          "area",
          "objective",
          "scenario",
          "points",
          "text",
          "options",
          "answer",
          "items",
          "pairs",
          "explanation");

  /** The keys that hold the answer, and the types each belongs to. */
  private static final Map<String, Set<QuestionType>> ANSWER_KEYS = answerKeys();

  private static final String TYPES =
      Arrays.stream(QuestionType.values())
          .map(QuestionType::authoredName)
          .collect(Collectors.joining(", "));

  private QuestionReader() {}

  private static Map<String, Set<QuestionType>> answerKeys() {
    Map<String, Set<QuestionType>> keys = new LinkedHashMap<>();
    keys.put("options", EnumSet.of(QuestionType.SINGLE, QuestionType.MULTIPLE));
    keys.put("answer", EnumSet.of(QuestionType.TRUEFALSE));
    keys.put("items", EnumSet.of(QuestionType.ORDER));
    keys.put("pairs", EnumSet.of(QuestionType.MATCH));
    return keys;
  }

  /** Empty only when the question has no usable type; every problem is recorded either way. */
  static Optional<Question> read(YamlMap entry) {
    String id = entry.id("id");
    YamlMap map = id.isEmpty() ? entry : entry.named("Question '" + id + "'");
    map.allowOnly(KEYS);
    Optional<QuestionType> type = type(map);
    Optional<String> area = map.optionalText("area");
    Optional<String> objective = map.optionalId("objective");
    boolean scenario = map.optionalFlag("scenario").orElse(false);
    int points = map.optionalNumber("points", 1, Integer.MAX_VALUE).orElse(Question.DEFAULT_POINTS);
    String text = map.text("text");
    String explanation = map.text("explanation");
    return type.map(
        t -> {
          refuseOtherTypesKeys(map, t);
          return new Question(
              id,
              t,
              area,
              objective,
              scenario,
              points,
              text,
              t.hasOptions() ? OptionsReader.read(map, t) : List.of(),
              t == QuestionType.TRUEFALSE ? answer(map) : Optional.empty(),
              t == QuestionType.ORDER ? items(map) : List.of(),
              t == QuestionType.MATCH ? pairs(map) : List.of(),
              explanation);
        });
  }

  private static Optional<QuestionType> type(YamlMap map) {
    if (!map.has("type")) {
      map.problem("type", map.subject() + " needs 'type': one of " + TYPES + ".");
      return Optional.empty();
    }
    String name = map.text("type");
    Optional<QuestionType> type = QuestionType.fromAuthoredName(name);
    if (type.isEmpty() && !name.isEmpty()) {
      map.problem(
          "type",
          map.subject() + " has the type '" + name + "'; the type must be one of " + TYPES + ".");
    }
    return type;
  }

  /** An answer key of another type is a sign the author changed the type and forgot the rest. */
  private static void refuseOtherTypesKeys(YamlMap map, QuestionType type) {
    ANSWER_KEYS.forEach(
        (key, types) -> {
          if (map.has(key) && !types.contains(type)) {
            map.problem(
                key,
                String.format(
                    "%s is type %s; '%s' belongs to %s questions. Remove it, or change the type.",
                    map.subject(),
                    type.authoredName(),
                    key,
                    types.stream()
                        .map(QuestionType::authoredName)
                        .collect(Collectors.joining(" and "))));
          }
        });
  }

  private static Optional<Boolean> answer(YamlMap map) {
    Optional<Boolean> answer = map.optionalFlag("answer");
    if (!map.has("answer")) {
      map.problem(
          "answer",
          map.subject() + " is type truefalse and needs 'answer: true' or 'answer: false'.");
    }
    return answer;
  }

  private static List<OrderItem> items(YamlMap map) {
    if (!map.has("items")) {
      map.problem(
          "items",
          map.subject()
              + " is type order and needs 'items': at least 2, listed in the correct order.");
      return List.of();
    }
    List<TextEntry> entries = map.texts("items");
    if (entries.size() < 2) {
      map.problem(
          "items",
          map.subject()
              + " has "
              + entries.size()
              + " item(s); an order question needs at least 2.");
    }
    Set<String> seen = new HashSet<>();
    for (TextEntry entry : entries) {
      if (!seen.add(entry.text())) {
        map.problem(
            entry,
            map.subject()
                + " lists the item '"
                + entry.text()
                + "' twice; every item must differ, or the correct order is ambiguous.");
      }
    }
    return entries.stream().map(e -> OrderItem.of(e.text())).toList();
  }

  private static List<MatchPair> pairs(YamlMap map) {
    if (!map.has("pairs")) {
      map.problem(
          "pairs",
          map.subject()
              + " is type match and needs 'pairs': at least 2, each with a 'left' and a 'right'.");
      return List.of();
    }
    String ofQuestion = " of " + lowerFirst(map.subject());
    List<YamlMap> entries = map.maps("pairs", i -> "Pair " + (i + 1) + ofQuestion);
    if (entries.size() < 2) {
      map.problem(
          "pairs",
          map.subject()
              + " has "
              + entries.size()
              + " pair(s); a match question needs at least 2.");
    }
    Set<String> lefts = new HashSet<>();
    Set<String> rights = new HashSet<>();
    List<MatchPair> pairs = new ArrayList<>();
    for (YamlMap entry : entries) {
      entry.allowOnly(List.of("left", "right"));
      String left = entry.text("left");
      String right = entry.text("right");
      if (!left.isEmpty() && !lefts.add(left)) {
        entry.problem(
            "left",
            map.subject()
                + " has two pairs with the left side '"
                + left
                + "'; left sides must"
                + " all differ.");
      }
      if (!right.isEmpty() && !rights.add(right)) {
        entry.problem(
            "right",
            map.subject()
                + " has two pairs with the right side '"
                + right
                + "'; right sides must"
                + " all differ.");
      }
      pairs.add(MatchPair.of(left, right));
    }
    return pairs;
  }

  static String lowerFirst(String subject) {
    return Character.toLowerCase(subject.charAt(0)) + subject.substring(1);
  }
}
