package org.facilitatoracademy.catalog.infrastructure;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.facilitatoracademy.catalog.domain.Lesson;
import org.facilitatoracademy.catalog.domain.StableId;

/** Reads one lesson: YAML front matter between two {@code ---} lines, then Markdown. */
final class LessonReader {

  static final List<String> KEYS = List.of("id", "title", "minutes", "printable");

  static final Pattern FRONT_MATTER =
      Pattern.compile(
          "\\A---[ \\t]*\\r?\\n(.*?)^---[ \\t]*(?:\\r?\\n|\\z)(.*)\\z",
          Pattern.DOTALL | Pattern.MULTILINE);

  /** The front matter's YAML starts on the second line of the file. */
  static final int FRONT_MATTER_OFFSET = 1;

  private LessonReader() {}

  static Optional<Lesson> read(SourceFile source, String moduleId, FileCheck check) {
    Matcher parts = FRONT_MATTER.matcher(source.text());
    if (!parts.matches()) {
      check.problem(
          1,
          null,
          source.text().startsWith("---")
              ? "The front matter is not closed: add a line with just '---' after it."
              : "A lesson starts with front matter between two '---' lines, holding its id,"
                  + " title and (optionally) minutes and printable.");
      return Optional.empty();
    }
    String body = parts.group(2);
    if (body.isBlank()) {
      check.problem("The lesson has no text after its front matter.");
    }
    return YamlText.compose(parts.group(1), check, FRONT_MATTER_OFFSET)
        .flatMap(
            node -> YamlMap.root(node, "The lesson's front matter", check, FRONT_MATTER_OFFSET))
        .flatMap(map -> lesson(map, body, source, moduleId, check));
  }

  private static Optional<Lesson> lesson(
      YamlMap map, String body, SourceFile source, String moduleId, FileCheck check) {
    map.allowOnly(KEYS);
    String id = map.id("id");
    String title = map.text("title");
    Optional<Integer> minutes = map.optionalNumber("minutes", 1, Integer.MAX_VALUE);
    boolean printable = map.optionalFlag("printable").orElse(false);
    if (!check.isClean()) {
      return Optional.empty();
    }
    return Optional.of(
        new Lesson(
            id,
            title,
            minutes,
            moduleId,
            source.path(),
            LessonRenderer.toHtml(body),
            StableId.contentVersion(source.bytes()),
            printable,
            body));
  }
}
