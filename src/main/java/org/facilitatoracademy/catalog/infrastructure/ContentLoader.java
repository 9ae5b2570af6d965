package org.facilitatoracademy.catalog.infrastructure;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.facilitatoracademy.catalog.domain.AgreementText;
import org.facilitatoracademy.catalog.domain.BankFigures;
import org.facilitatoracademy.catalog.domain.ContentLoadResult;
import org.facilitatoracademy.catalog.domain.ContentProblem;
import org.facilitatoracademy.catalog.domain.ContentSnapshot;
import org.facilitatoracademy.catalog.domain.LoadedItem;
import org.facilitatoracademy.catalog.infrastructure.CrossReferences.Finding;

/**
 * Reads and checks a content folder. The build runs it on the repository (through {@link
 * ContentCheck}) and the application on every start and reload, so the two can never disagree on
 * what is valid.
 *
 * <p>Each file is read and checked on its own first; then the references between items are checked
 * on what would be live. An item whose files have problems, or whose references do not hold, keeps
 * its previously loaded version live (taken from {@code previous}); an item that was never loaded
 * stays out. Because dropping one item can break a reference held by another, the cross-file check
 * repeats until nothing changes; every round only ever removes versions, so it ends.
 */
public final class ContentLoader {

  public ContentLoadResult load(Path contentDir, ContentSnapshot previous) {
    List<ContentProblem> problems = new ArrayList<>();
    Optional<ContentFolder> folder = ContentFolder.scan(contentDir, problems);
    if (folder.isEmpty()) {
      return result(previous, List.of(), problems, List.of());
    }
    Selection selection = new Selection(previous);
    Map<ItemKey, Candidate<?>> candidates = new HashMap<>();
    folder.get().courseFiles().stream()
        .map(file -> CourseReader.read(contentDir, file))
        .forEach(c -> consider(c, selection::takeFresh, selection, candidates, problems));
    folder.get().moduleFolders().stream()
        .map(dir -> ModuleReader.read(contentDir, dir))
        .forEach(c -> consider(c, selection::takeFresh, selection, candidates, problems));
    List<BankFigures> banks = new ArrayList<>();
    folder.get().quizFiles().stream()
        .map(file -> QuizReader.read(contentDir, file, banks::add))
        .forEach(c -> consider(c, selection::takeFresh, selection, candidates, problems));
    checkReferences(selection, candidates, problems);
    List<LoadedItem> loaded = new ArrayList<>(selection.loaded());
    List<AgreementText> agreements =
        agreements(contentDir, folder.get().agreementFiles(), previous, loaded, problems);
    return result(selection.snapshot().withAgreements(agreements), loaded, problems, banks);
  }

  /**
   * The agreement texts: each file that reads well, and for a required agreement whose file is
   * broken the previously loaded text, so that nobody is asked to accept a text that cannot be
   * shown. A required agreement without any text is a problem.
   */
  private static List<AgreementText> agreements(
      Path contentDir,
      List<Path> files,
      ContentSnapshot previous,
      List<LoadedItem> loaded,
      List<ContentProblem> problems) {
    Map<String, AgreementText> texts = new LinkedHashMap<>();
    Set<String> withFiles = new HashSet<>();
    for (Path file : files) {
      FileCheck check = new FileCheck(ContentPaths.relative(contentDir, file));
      withFiles.add(Naming.idFromFileName(file.getFileName().toString(), AgreementReader.SUFFIX));
      Optional<AgreementText> text = AgreementReader.read(contentDir, file, check);
      problems.addAll(check.problems());
      text.ifPresent(
          t -> {
            texts.put(t.id(), t);
            loaded.add(new LoadedItem(t.file(), t.id(), t.contentVersion()));
          });
    }
    for (String required : AgreementText.REQUIRED) {
      if (texts.containsKey(required)) {
        continue;
      }
      previous.findAgreement(required).ifPresent(t -> texts.put(required, t));
      if (!withFiles.contains(required)) {
        problems.add(
            new ContentProblem(
                ContentPaths.MODULES + "/" + ContentPaths.AGREEMENTS,
                null,
                null,
                String.format(
                    "There is no text of the agreement '%s', which people accept before they are"
                        + " certified: add modules/%s/%s.md with front matter id, title and"
                        + " version.",
                    required, ContentPaths.AGREEMENTS, required)));
      }
    }
    return List.copyOf(texts.values());
  }

  private static <T> void consider(
      Candidate<T> candidate,
      Consumer<T> takeFresh,
      Selection selection,
      Map<ItemKey, Candidate<?>> candidates,
      List<ContentProblem> problems) {
    candidates.put(candidate.key(), candidate);
    problems.addAll(candidate.problems());
    candidate.item().ifPresentOrElse(takeFresh, () -> selection.keepPrevious(candidate.key()));
  }

  private static void checkReferences(
      Selection selection, Map<ItemKey, Candidate<?>> candidates, List<ContentProblem> problems) {
    List<Finding> findings;
    do {
      findings =
          CrossReferences.check(
              selection.courses(), selection.modules(), selection.quizzes(), candidates.keySet());
      for (Finding finding : findings) {
        // A previous version that no longer fits is dropped quietly: its file's own problems, or
        // the finding against the fresh version, have already been told.
        if (selection.isFresh(finding.item())) {
          Integer line =
              candidates.get(finding.item()).lineOf(finding.file(), finding.key()).orElse(null);
          problems.add(new ContentProblem(finding.file(), line, finding.key(), finding.message()));
        }
      }
      findings.stream().map(Finding::item).distinct().forEach(selection::fallBack);
    } while (!findings.isEmpty());
  }

  private static ContentLoadResult result(
      ContentSnapshot snapshot,
      List<LoadedItem> loaded,
      List<ContentProblem> problems,
      List<BankFigures> banks) {
    return new ContentLoadResult(
        snapshot, loaded, problems.stream().sorted(ContentProblem.IN_FILE_ORDER).toList(), banks);
  }
}
