package org.facilitatoracademy.catalog.infrastructure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A YAML mapping read key by key. Each getter checks the value's type the way YAML resolves it (so
 * {@code version: 2026.1} is a number, not text, just as an editor's schema check sees it), records
 * a problem for the author when it does not fit, and answers a neutral value so the reader can
 * carry on and report every problem of the file in one go. A file with any problem is never turned
 * into content, so those neutral values never escape.
 */
final class YamlMap {

  static final Pattern ID = Pattern.compile("[a-z0-9-]+");

  private static final Set<String> TRUE_WORDS =
      Set.of("true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON");

  private final MappingNode node;
  private final String path;
  private final String subject;
  private final FileCheck check;
  private final int lineOffset;
  private final Map<String, NodeTuple> entries;

  private YamlMap(
      MappingNode node,
      String path,
      String subject,
      FileCheck check,
      int lineOffset,
      Map<String, NodeTuple> entries) {
    this.node = node;
    this.path = path;
    this.subject = subject;
    this.check = check;
    this.lineOffset = lineOffset;
    this.entries = entries;
  }

  /**
   * The top mapping of a file. {@code subject} names it in messages ("The quiz"); {@code
   * lineOffset} is the number of lines before the YAML text in its file.
   */
  static Optional<YamlMap> root(Node node, String subject, FileCheck check, int lineOffset) {
    return of(node, "", subject, check, lineOffset);
  }

  private static Optional<YamlMap> of(
      Node node, String path, String subject, FileCheck check, int lineOffset) {
    if (!(node instanceof MappingNode mapping)) {
      check.problem(
          line(node, lineOffset),
          path.isEmpty() ? null : path,
          subject
              + " should hold keys and values (such as 'id: …' and 'title: …'), but "
              + ValueWording.describe(node)
              + ".");
      return Optional.empty();
    }
    Map<String, NodeTuple> entries = new LinkedHashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      String where = path.isEmpty() ? "" : path + ".";
      if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
        check.problem(
            line(tuple.getKeyNode(), lineOffset),
            path.isEmpty() ? null : path,
            subject + " has a key that is not a plain name; keys are names such as 'title'.");
        continue;
      }
      NodeTuple first = entries.putIfAbsent(key.getValue(), tuple);
      if (first != null) {
        check.problem(
            line(key, lineOffset),
            where + key.getValue(),
            String.format(
                "%s has the key '%s' twice (lines %d and %d); keep only one.",
                subject,
                key.getValue(),
                line(first.getKeyNode(), lineOffset),
                line(key, lineOffset)));
      } else {
        check.remember(where + key.getValue(), line(tuple.getValueNode(), lineOffset));
      }
    }
    return Optional.of(new YamlMap(mapping, path, subject, check, lineOffset, entries));
  }

  /** The same mapping, named differently in messages once its id is known. */
  YamlMap named(String newSubject) {
    return new YamlMap(node, path, newSubject, check, lineOffset, entries);
  }

  String subject() {
    return subject;
  }

  /** The key path of one of this mapping's keys, such as {@code questions[3].options}. */
  String where(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  int line() {
    return line(node, lineOffset);
  }

  boolean has(String key) {
    return entries.containsKey(key);
  }

  /** Refuses every key not in {@code allowed}: a misspelt optional key would otherwise vanish. */
  void allowOnly(Collection<String> allowed) {
    for (var entry : entries.entrySet()) {
      String key = entry.getKey();
      if (!allowed.contains(key)) {
        problemAt(
            entry.getValue().getKeyNode(),
            key,
            subject
                + " has the unknown key '"
                + key
                + "'."
                + KeySuggestion.forKey(key, allowed)
                + commaHint(entry.getValue())
                + " Allowed here: "
                + String.join(", ", allowed)
                + ".");
      }
    }
  }

  /**
   * In {@code { text: a, b }} the comma ends the text and makes {@code b} a key of its own; that is
   * the usual way an unknown key appears in a one-line mapping.
   */
  private String commaHint(NodeTuple entry) {
    boolean oneLine = node.getFlowStyle() == DumperOptions.FlowStyle.FLOW;
    boolean noValue =
        entry.getValueNode() instanceof ScalarNode value && value.getTag().equals(Tag.NULL);
    return oneLine && noValue
        ? " It looks like part of a text: inside { … } a comma ends the text, so put the whole"
            + " text in quotes."
        : "";
  }

  /** Records a problem about one key, on its line (or this mapping's line if it is missing). */
  void problem(String key, String message) {
    Integer at = has(key) ? line(entries.get(key).getValueNode(), lineOffset) : line();
    check.problem(at, where(key), message);
  }

  /** Records a problem about one entry of a list. */
  void problem(TextEntry entry, String message) {
    check.problem(entry.line(), entry.key(), message);
  }

  /** Records a problem about this mapping as a whole. */
  void problem(String message) {
    check.problem(line(), path.isEmpty() ? null : path, message);
  }

  String text(String key) {
    Optional<Node> value = value(key);
    if (value.isEmpty()) {
      missing(key);
      return "";
    }
    return asText(key, value.get()).orElse("");
  }

  Optional<String> optionalText(String key) {
    return value(key).flatMap(v -> asText(key, v));
  }

  String id(String key) {
    String text = text(key);
    return text.isEmpty() || validId(key, text, value(key).orElseThrow()) ? text : "";
  }

  Optional<String> optionalId(String key) {
    return optionalText(key).filter(text -> validId(key, text, value(key).orElseThrow()));
  }

  int number(String key, int min, int max) {
    if (!has(key)) {
      missing(key);
      return min;
    }
    return optionalNumber(key, min, max).orElse(min);
  }

  Optional<Integer> optionalNumber(String key, int min, int max) {
    return value(key).flatMap(v -> asNumber(key, v, min, max));
  }

  Optional<Boolean> optionalFlag(String key) {
    return value(key).flatMap(v -> asFlag(key, v));
  }

  /** The mappings of a list, each named by {@code subjectOf(index)} until it knows better. */
  List<YamlMap> maps(String key, IntFunction<String> subjectOf) {
    List<YamlMap> maps = new ArrayList<>();
    List<Node> elements = sequence(key);
    for (int i = 0; i < elements.size(); i++) {
      of(elements.get(i), where(key) + "[" + i + "]", subjectOf.apply(i), check, lineOffset)
          .ifPresent(maps::add);
    }
    return maps;
  }

  /** The texts of a list; elements that are not text are reported and left out. */
  List<TextEntry> texts(String key) {
    List<TextEntry> texts = new ArrayList<>();
    List<Node> elements = sequence(key);
    for (int i = 0; i < elements.size(); i++) {
      String elementKey = where(key) + "[" + i + "]";
      Node element = elements.get(i);
      int elementLine = line(element, lineOffset);
      check.remember(elementKey, elementLine);
      textOf(element)
          .map(String::strip)
          .ifPresentOrElse(
              text -> {
                if (text.isEmpty()) {
                  check.problem(elementLine, elementKey, "An entry of '" + key + "' is empty.");
                } else {
                  texts.add(new TextEntry(text, elementKey, elementLine));
                }
              },
              () ->
                  check.problem(
                      elementLine,
                      elementKey,
                      "Entry "
                          + (texts.size() + 1)
                          + " of '"
                          + key
                          + "' should be text, but "
                          + ValueWording.describe(element)
                          + "."
                          + ValueWording.quoteHint(element)));
    }
    return texts;
  }

  /** Lists of ids, such as a course's modules. */
  List<TextEntry> ids(String key) {
    List<TextEntry> ids = new ArrayList<>();
    for (TextEntry entry : texts(key)) {
      if (ID.matcher(entry.text()).matches()) {
        ids.add(entry);
      } else {
        check.problem(entry.line(), entry.key(), notAnId(entry.text()));
      }
    }
    return ids;
  }

  private List<Node> sequence(String key) {
    Optional<Node> value = value(key);
    if (value.isEmpty()) {
      return List.of();
    }
    if (value.get() instanceof SequenceNode list) {
      return list.getValue();
    }
    problemAt(
        value.get(),
        key,
        "'"
            + key
            + "' should be a list (one entry per line, each starting with '- '), but "
            + ValueWording.describe(value.get())
            + ".");
    return List.of();
  }

  private Optional<Node> value(String key) {
    return Optional.ofNullable(entries.get(key)).map(NodeTuple::getValueNode);
  }

  private void missing(String key) {
    check.problem(line(), where(key), subject + " needs '" + key + "'.");
  }

  private Optional<String> asText(String key, Node value) {
    Optional<String> text = textOf(value);
    if (text.isEmpty()) {
      problemAt(
          value,
          key,
          "'"
              + key
              + "' should be text, but "
              + ValueWording.describe(value)
              + "."
              + ValueWording.quoteHint(value));
    } else if (text.get().isBlank()) {
      problemAt(value, key, subject + " has an empty '" + key + "'.");
      return Optional.empty();
    }
    return text.map(String::strip);
  }

  private static Optional<String> textOf(Node value) {
    return value instanceof ScalarNode scalar && scalar.getTag().equals(Tag.STR)
        ? Optional.of(scalar.getValue())
        : Optional.empty();
  }

  private boolean validId(String key, String text, Node value) {
    if (ID.matcher(text).matches()) {
      return true;
    }
    problemAt(value, key, notAnId(text));
    return false;
  }

  static String notAnId(String text) {
    return "'"
        + text
        + "' is not a valid id: use only lowercase letters, digits and hyphens (such as"
        + " point-2-urges).";
  }

  private Optional<Integer> asNumber(String key, Node value, int min, int max) {
    if (!(value instanceof ScalarNode scalar) || !scalar.getTag().equals(Tag.INT)) {
      problemAt(
          value,
          key,
          "'" + key + "' should be a whole number, but " + ValueWording.describe(value) + ".");
      return Optional.empty();
    }
    int number;
    try {
      number = Integer.parseInt(scalar.getValue().replace("_", ""));
    } catch (NumberFormatException e) {
      problemAt(value, key, "'" + key + "' should be a plain whole number such as 10.");
      return Optional.empty();
    }
    if (number < min || number > max) {
      String range = max == Integer.MAX_VALUE ? "at least " + min : "from " + min + " to " + max;
      problemAt(value, key, "'" + key + "' is " + number + "; it must be " + range + ".");
      return Optional.empty();
    }
    return Optional.of(number);
  }

  private Optional<Boolean> asFlag(String key, Node value) {
    if (!(value instanceof ScalarNode scalar) || !scalar.getTag().equals(Tag.BOOL)) {
      problemAt(
          value,
          key,
          "'" + key + "' should be true or false, but " + ValueWording.describe(value) + ".");
      return Optional.empty();
    }
    return Optional.of(TRUE_WORDS.contains(scalar.getValue()));
  }

  private void problemAt(Node at, String key, String message) {
    check.problem(line(at, lineOffset), where(key), message);
  }

  private static int line(Node node, int lineOffset) {
    return node.getStartMark().getLine() + 1 + lineOffset;
  }
}
