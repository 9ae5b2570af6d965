package org.facilitatoracademy.catalog.infrastructure;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import org.facilitatoracademy.catalog.domain.AgreementText;
import org.facilitatoracademy.catalog.domain.StableId;

/**
 * Reads {@code modules/agreements/<id>.md}: front matter with the id, title and version, then the
 * text in Markdown, rendered and sanitised as lessons are.
 */
final class AgreementReader {

  static final List<String> KEYS = List.of("id", "title", "version");
  static final String SUFFIX = ".md";

  private AgreementReader() {}

  static Optional<AgreementText> read(Path contentDir, Path file, FileCheck check) {
    String fileId = Naming.idFromFileName(file.getFileName().toString(), SUFFIX);
    return SourceFile.read(contentDir, file, check).flatMap(source -> text(source, fileId, check));
  }

  private static Optional<AgreementText> text(SourceFile source, String fileId, FileCheck check) {
    Matcher parts = LessonReader.FRONT_MATTER.matcher(source.text());
    if (!parts.matches()) {
      check.problem(
          1,
          null,
          "An agreement starts with front matter between two '---' lines, holding its id, title"
              + " and version (such as version: \"2026.1\").");
      return Optional.empty();
    }
    String body = parts.group(2);
    if (body.isBlank()) {
      check.problem("The agreement has no text after its front matter.");
    }
    return YamlText.compose(parts.group(1), check, LessonReader.FRONT_MATTER_OFFSET)
        .flatMap(
            node ->
                YamlMap.root(
                    node, "The agreement's front matter", check, LessonReader.FRONT_MATTER_OFFSET))
        .flatMap(map -> agreement(map, body, source, fileId, check));
  }

  private static Optional<AgreementText> agreement(
      YamlMap map, String body, SourceFile source, String fileId, FileCheck check) {
    map.allowOnly(KEYS);
    String id = map.id("id");
    Naming.requireIdMatchesFile(map, id, fileId, "modules/agreements/<id>.md");
    String title = map.text("title");
    String version = map.text("version");
    if (!check.isClean()) {
      return Optional.empty();
    }
    return Optional.of(
        new AgreementText(
            id,
            title,
            version,
            LessonRenderer.toHtml(body),
            source.path(),
            StableId.contentVersion(source.bytes())));
  }
}
