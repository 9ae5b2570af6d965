package org.facilitatoracademy.catalog.infrastructure;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.facilitatoracademy.catalog.domain.Course;
import org.facilitatoracademy.catalog.domain.Credential;
import org.facilitatoracademy.catalog.domain.StableId;

/** Reads {@code modules/<course-id>.course.yaml}. */
final class CourseReader {

  static final List<String> KEYS =
      List.of("id", "title", "version", "credential", "description", "modules", "exam");

  private static final String CREDENTIALS =
      Arrays.stream(Credential.values()).map(Enum::name).collect(Collectors.joining(", "));

  private CourseReader() {}

  static Candidate<Course> read(Path contentDir, Path file) {
    String fileId =
        Naming.idFromFileName(file.getFileName().toString(), ContentPaths.COURSE_SUFFIX);
    FileCheck check = new FileCheck(ContentPaths.relative(contentDir, file));
    Optional<Course> course =
        SourceFile.read(contentDir, file, check)
            .flatMap(
                source ->
                    YamlText.compose(source.text(), check, 0)
                        .flatMap(node -> YamlMap.root(node, "The course", check, 0))
                        .flatMap(map -> course(map, fileId, source, check)));
    return new Candidate<>(ItemKey.course(fileId), course, List.of(check));
  }

  private static Optional<Course> course(
      YamlMap map, String fileId, SourceFile source, FileCheck check) {
    map.allowOnly(KEYS);
    String id = map.id("id");
    Naming.requireIdMatchesFile(map, id, fileId, "modules/<id>.course.yaml");
    String title = map.text("title");
    String version = map.text("version");
    Optional<Credential> credential = credential(map);
    Optional<String> description = map.optionalText("description");
    List<String> moduleIds = moduleIds(map);
    Optional<String> exam = map.optionalId("exam");
    if (!check.isClean()) {
      return Optional.empty();
    }
    return Optional.of(
        new Course(
            id,
            title,
            version,
            credential.orElseThrow(),
            description,
            moduleIds,
            exam,
            StableId.contentVersion(source.bytes())));
  }

  private static Optional<Credential> credential(YamlMap map) {
    String value = map.text("credential");
    if (value.isEmpty()) {
      return Optional.empty();
    }
    Optional<Credential> credential =
        Arrays.stream(Credential.values()).filter(c -> c.name().equals(value)).findFirst();
    if (credential.isEmpty()) {
      map.problem(
          "credential",
          "The credential '"
              + value
              + "' is not one the academy issues; use one of "
              + CREDENTIALS
              + ".");
    }
    return credential;
  }

  private static List<String> moduleIds(YamlMap map) {
    if (!map.has("modules")) {
      map.problem(
          "modules", "The course needs 'modules': the ids of its modules, in the order taken.");
      return List.of();
    }
    List<TextEntry> entries = map.ids("modules");
    if (entries.isEmpty()) {
      map.problem("modules", "The course lists no modules; list at least one module id.");
    }
    Set<String> seen = new HashSet<>();
    for (TextEntry entry : entries) {
      if (!seen.add(entry.text())) {
        map.problem(
            entry,
            "The module '" + entry.text() + "' is listed twice; a course takes each module once.");
      }
    }
    return entries.stream().map(TextEntry::text).toList();
  }
}
