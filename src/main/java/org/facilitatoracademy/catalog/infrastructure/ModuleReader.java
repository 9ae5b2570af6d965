package org.facilitatoracademy.catalog.infrastructure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.facilitatoracademy.catalog.domain.CourseModule;
import org.facilitatoracademy.catalog.domain.Lesson;
import org.facilitatoracademy.catalog.domain.Objective;
import org.facilitatoracademy.catalog.domain.StableId;

/**
 * Reads a module folder: {@code module.yaml} and its lessons, ordered by file name. The module is
 * one item: if any of its files has a problem, none of it is loaded, so learners never see half a
 * module.
 */
final class ModuleReader {

  static final List<String> KEYS = List.of("id", "title", "area", "minutes", "objectives");

  private static final Pattern LESSON_FILE = Pattern.compile("\\d+-[a-z0-9-]+\\.md");

  private ModuleReader() {}

  static Candidate<CourseModule> read(Path contentDir, Path folder) {
    String folderId = folder.getFileName().toString();
    FileCheck check =
        new FileCheck(ContentPaths.relative(contentDir, folder.resolve("module.yaml")));
    List<FileCheck> checks = new ArrayList<>(List.of(check));
    List<Path> lessonFiles = lessonFiles(contentDir, folder, checks);
    ByteArrayOutputStream sources = new ByteArrayOutputStream();

    Optional<ModuleFields> fields = Optional.empty();
    if (Files.isRegularFile(folder.resolve(ContentPaths.MODULE_FILE))) {
      fields =
          SourceFile.read(contentDir, folder.resolve(ContentPaths.MODULE_FILE), check)
              .flatMap(source -> fields(source, folderId, check, sources));
    } else {
      check.problem(
          "This module folder has no module.yaml; a module needs one with its id, title, minutes"
              + " and objectives.");
    }
    List<Lesson> lessons = new ArrayList<>();
    for (Path lessonFile : lessonFiles) {
      FileCheck lessonCheck = new FileCheck(ContentPaths.relative(contentDir, lessonFile));
      checks.add(lessonCheck);
      SourceFile.read(contentDir, lessonFile, lessonCheck)
          .flatMap(source -> append(sources, source))
          .flatMap(source -> LessonReader.read(source, folderId, lessonCheck))
          .ifPresent(lessons::add);
    }
    if (lessonFiles.isEmpty()) {
      check.problem(
          "The module has no lessons; add at least one lesson file such as 01-introduction.md.");
    }
    boolean clean = checks.stream().allMatch(FileCheck::isClean);
    Optional<CourseModule> module =
        fields
            .filter(f -> clean)
            .map(
                f ->
                    new CourseModule(
                        f.id(),
                        f.title(),
                        f.area(),
                        f.minutes(),
                        f.objectives(),
                        lessons,
                        StableId.contentVersion(sources.toByteArray())));
    return new Candidate<>(ItemKey.module(folderId), module, checks);
  }

  private record ModuleFields(
      String id, String title, Optional<String> area, int minutes, List<Objective> objectives) {}

  private static Optional<ModuleFields> fields(
      SourceFile source, String folderId, FileCheck check, ByteArrayOutputStream sources) {
    append(sources, source);
    return YamlText.compose(source.text(), check, 0)
        .flatMap(node -> YamlMap.root(node, "The module", check, 0))
        .map(
            map -> {
              map.allowOnly(KEYS);
              String id = map.id("id");
              if (!id.isEmpty() && !id.equals(folderId)) {
                map.problem(
                    "id",
                    String.format(
                        "The module's id is '%s' but its folder is called '%s'; they must be the"
                            + " same.",
                        id, folderId));
              }
              return new ModuleFields(
                  id,
                  map.text("title"),
                  map.optionalText("area"),
                  map.number("minutes", 1, Integer.MAX_VALUE),
                  objectives(map));
            });
  }

  private static List<Objective> objectives(YamlMap map) {
    if (!map.has("objectives")) {
      map.problem(
          "objectives",
          "The module needs 'objectives': a list of what learners can do after it, each with an"
              + " id and a text.");
      return List.of();
    }
    List<YamlMap> entries = map.maps("objectives", i -> "Objective " + (i + 1));
    if (entries.isEmpty()) {
      map.problem("objectives", "The module lists no objectives; list at least one.");
    }
    List<Objective> objectives = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (YamlMap entry : entries) {
      entry.allowOnly(List.of("id", "text"));
      Objective objective = new Objective(entry.id("id"), entry.text("text"));
      if (!objective.id().isEmpty() && !ids.add(objective.id())) {
        entry.problem(
            "id",
            "Two objectives have the id '"
                + objective.id()
                + "'; objective ids must be unique in the module.");
      }
      objectives.add(objective);
    }
    return objectives;
  }

  /** The lesson files, in order; anything else in the folder is reported, not silently skipped. */
  private static List<Path> lessonFiles(Path contentDir, Path folder, List<FileCheck> checks) {
    List<Path> lessons = new ArrayList<>();
    try (Stream<Path> entries = Files.list(folder)) {
      for (Path entry : entries.sorted().toList()) {
        String name = entry.getFileName().toString();
        if (name.startsWith(".") || name.equals(ContentPaths.MODULE_FILE)) {
          continue;
        }
        if (Files.isRegularFile(entry) && LESSON_FILE.matcher(name).matches()) {
          lessons.add(entry);
          continue;
        }
        FileCheck stray = new FileCheck(ContentPaths.relative(contentDir, entry));
        stray.problem(
            name.endsWith(".md")
                ? "A lesson's file name is its number and a name in lowercase letters, digits and"
                    + " hyphens, such as 01-welcome.md."
                : "This is not used: a module folder holds module.yaml and its lessons"
                    + " (01-name.md, 02-name.md, …).");
        checks.add(stray);
      }
    } catch (IOException e) {
      checks.get(0).problem("The module folder cannot be read: " + e.getMessage());
    }
    return lessons;
  }

  /**
   * Adds a file to the bytes the module's content version is taken from. Its name goes in too:
   * renaming a lesson can change the order of the module.
   */
  private static Optional<SourceFile> append(ByteArrayOutputStream sources, SourceFile source) {
    sources.writeBytes(source.path().getBytes(StandardCharsets.UTF_8));
    sources.write(0);
    sources.writeBytes(source.bytes());
    sources.write(0);
    return Optional.of(source);
  }
}
