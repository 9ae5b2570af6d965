package org.facilitatoracademy.catalog.infrastructure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.facilitatoracademy.catalog.domain.Option;
import org.facilitatoracademy.catalog.domain.QuestionType;
import org.facilitatoracademy.catalog.domain.StableId;

/** Reads the options of a single- or multiple-choice question and checks its key. */
final class OptionsReader {

  private OptionsReader() {}

  /** {@code map} is the question; its options are read from its {@code options} key. */
  static List<Option> read(YamlMap map, QuestionType type) {
    if (!map.has("options")) {
      map.problem(
          "options",
          String.format(
              "%s is type %s and needs 'options': at least 2, each with a 'text', the right ones"
                  + " marked 'correct: true'.",
              map.subject(), type.authoredName()));
      return List.of();
    }
    String ofQuestion = " of " + QuestionReader.lowerFirst(map.subject());
    List<YamlMap> entries = map.maps("options", i -> "Option " + (i + 1) + ofQuestion);
    List<Option> options = new ArrayList<>();
    Set<String> texts = new HashSet<>();
    Set<String> ids = new HashSet<>();
    for (YamlMap entry : entries) {
      entry.allowOnly(List.of("id", "text", "correct"));
      String text = entry.text("text");
      String id = entry.optionalId("id").orElse(StableId.ofText(text));
      if (!text.isEmpty() && !texts.add(text)) {
        entry.problem(
            "text",
            map.subject()
                + " has two options with the text '"
                + text
                + "'; each option needs its"
                + " own text.");
      }
      if (!ids.add(id)) {
        entry.problem(
            "id",
            map.subject()
                + " has two options with the id '"
                + id
                + "'; option ids must be unique"
                + " within the question.");
      }
      options.add(new Option(id, text, entry.optionalFlag("correct").orElse(false)));
    }
    checkOptions(map, type, options);
    return options;
  }

  private static void checkOptions(YamlMap map, QuestionType type, List<Option> options) {
    if (options.size() < 2) {
      map.problem(
          "options",
          String.format(
              "%s has %d option%s; a %s question needs at least 2.",
              map.subject(), options.size(), options.size() == 1 ? "" : "s", type.authoredName()));
      return;
    }
    long correct = options.stream().filter(Option::correct).count();
    if (type == QuestionType.SINGLE && correct != 1) {
      map.problem(
          "options",
          correct == 0
              ? map.subject()
                  + " is type single but has no correct option; mark exactly one option with"
                  + " 'correct: true'."
              : String.format(
                  "%s is type single but has %d correct options; a single-choice question needs"
                      + " exactly one.",
                  map.subject(), correct));
    }
    if (type == QuestionType.MULTIPLE && correct == 0) {
      map.problem(
          "options",
          map.subject()
              + " is type multiple but none of its options is correct; mark at least one with"
              + " 'correct: true'.");
    }
    if (type == QuestionType.MULTIPLE && correct == options.size()) {
      map.problem(
          "options",
          map.subject()
              + " is type multiple but all its options are correct; a multiple-choice question"
              + " needs at least one incorrect option.");
    }
  }
}
