package org.facilitatoracademy.catalog.infrastructure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.facilitatoracademy.catalog.domain.ContentProblem;

/**
 * The files of a content folder, sorted by kind. A file that fits no kind is reported rather than
 * skipped: {@code module.yml} or {@code x.quiz.yml} are typos that would otherwise quietly drop
 * content. JSON schemas and README files are for editors and people, and are left alone. The folder
 * {@code modules/agreements/} holds the agreement texts ({@code <id>.md}), not a module.
 */
record ContentFolder(
    List<Path> courseFiles,
    List<Path> moduleFolders,
    List<Path> quizFiles,
    List<Path> agreementFiles) {

  /** Empty when there is nothing that could be loaded; the problems say why. */
  static Optional<ContentFolder> scan(Path contentDir, List<ContentProblem> problems) {
    if (!Files.isDirectory(contentDir)) {
      problems.add(
          new ContentProblem(
              contentDir.toString(),
              null,
              null,
              "The content folder does not exist; it should hold the folders modules/ and"
                  + " quizzes/."));
      return Optional.empty();
    }
    Path modules = contentDir.resolve(ContentPaths.MODULES);
    Path quizzes = contentDir.resolve(ContentPaths.QUIZZES);
    boolean complete = true;
    for (Path folder : List.of(modules, quizzes)) {
      if (!Files.isDirectory(folder)) {
        problems.add(
            new ContentProblem(
                ContentPaths.relative(contentDir, folder),
                null,
                null,
                "The content folder "
                    + contentDir.toAbsolutePath().normalize()
                    + " has no "
                    + folder.getFileName()
                    + "/ folder."));
        complete = false;
      }
    }
    if (!complete) {
      return Optional.empty();
    }
    List<Path> courseFiles = new ArrayList<>();
    List<Path> moduleFolders = new ArrayList<>();
    List<Path> quizFiles = new ArrayList<>();
    List<Path> agreementFiles = new ArrayList<>();
    for (Path entry : entries(modules, contentDir, problems)) {
      String name = entry.getFileName().toString();
      if (Files.isDirectory(entry) && name.equals(ContentPaths.AGREEMENTS)) {
        agreementFiles.addAll(agreements(entry, contentDir, problems));
      } else if (Files.isDirectory(entry)) {
        moduleFolders.add(entry);
      } else if (name.endsWith(ContentPaths.COURSE_SUFFIX)) {
        courseFiles.add(entry);
      } else if (!isForEditorsOrPeople(name)) {
        problems.add(
            stray(
                contentDir,
                entry,
                "This is not used: modules/ holds courses (<id>.course.yaml) and one folder per"
                    + " module."));
      }
    }
    for (Path entry : entries(quizzes, contentDir, problems)) {
      String name = entry.getFileName().toString();
      if (Files.isRegularFile(entry) && name.endsWith(ContentPaths.QUIZ_SUFFIX)) {
        quizFiles.add(entry);
      } else if (!isForEditorsOrPeople(name)) {
        problems.add(
            stray(contentDir, entry, "This is not used: quizzes/ holds quizzes (<id>.quiz.yaml)."));
      }
    }
    if (courseFiles.isEmpty()) {
      problems.add(
          new ContentProblem(
              ContentPaths.MODULES,
              null,
              null,
              "There are no courses: add at least one modules/<course-id>.course.yaml."));
      return Optional.empty();
    }
    return Optional.of(new ContentFolder(courseFiles, moduleFolders, quizFiles, agreementFiles));
  }

  private static List<Path> agreements(
      Path folder, Path contentDir, List<ContentProblem> problems) {
    List<Path> files = new ArrayList<>();
    for (Path entry : entries(folder, contentDir, problems)) {
      String name = entry.getFileName().toString();
      if (isForEditorsOrPeople(name)) {
        continue;
      }
      if (Files.isRegularFile(entry) && name.endsWith(AgreementReader.SUFFIX)) {
        files.add(entry);
      } else {
        problems.add(
            stray(
                contentDir,
                entry,
                "This is not used: modules/agreements/ holds agreement texts (<id>.md)."));
      }
    }
    return files;
  }

  private static List<Path> entries(Path folder, Path contentDir, List<ContentProblem> problems) {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
    } catch (IOException e) {
      problems.add(
          new ContentProblem(
              ContentPaths.relative(contentDir, folder),
              null,
              null,
              "The folder cannot be read: " + e.getMessage()));
      return List.of();
    }
  }

  private static boolean isForEditorsOrPeople(String name) {
    return name.endsWith(".schema.json") || name.toLowerCase(Locale.ROOT).startsWith("readme");
  }

  private static ContentProblem stray(Path contentDir, Path entry, String message) {
    return new ContentProblem(ContentPaths.relative(contentDir, entry), null, null, message);
  }
}
