package org.facilitatoracademy.catalog.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.facilitatoracademy.audit.application.AuditLog;
import org.facilitatoracademy.catalog.domain.AgreementText;
import org.facilitatoracademy.catalog.domain.ContentLoadResult;
import org.facilitatoracademy.catalog.domain.ContentProblem;
import org.facilitatoracademy.catalog.domain.ContentSnapshot;
import org.facilitatoracademy.catalog.infrastructure.ContentLoader;

/**
 * The course content that is live right now. Content is loaded from files at start and when an
 * administrator reloads it; a file that does not validate keeps its previous version live, so an
 * author's mistake never takes a course away from trainees.
 */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ContentCatalog {

  private static final Logger LOG = Logger.getLogger(ContentCatalog.class.getName());

  @Inject
  @ConfigProperty(name = "academy.content.dir")
  Optional<String> configuredDir;

  @Inject private AuditLog audit;
  @Resource private SessionContext session;

  private volatile ContentSnapshot live = ContentSnapshot.empty();
  private Path contentDir;

  @PostConstruct
  void loadAtStart() {
    contentDir = resolveContentDir();
    ContentLoadResult result = new ContentLoader().load(contentDir, ContentSnapshot.empty());
    report(result);
    if (result.snapshot().courses().isEmpty()) {
      throw new IllegalStateException(
          "No course could be loaded from "
              + contentDir
              + " (ACADEMY_CONTENT_DIR): "
              + result.errors().stream().map(ContentProblem::describe).limit(5).toList());
    }
    live = result.snapshot();
  }

  private Path resolveContentDir() {
    if (configuredDir.filter(d -> !d.isBlank()).isPresent()) {
      Path dir = Path.of(configuredDir.get()).toAbsolutePath().normalize();
      if (!Files.isDirectory(dir.resolve("modules"))
          || !Files.isDirectory(dir.resolve("quizzes"))) {
        throw new IllegalStateException(
            "ACADEMY_CONTENT_DIR " + dir + " must hold the folders modules/ and quizzes/.");
      }
      return dir;
    }
    URL bundled = ContentCatalog.class.getClassLoader().getResource("content/modules");
    if (bundled == null) {
      throw new IllegalStateException(
          "The course content bundled with the application is missing.");
    }
    try {
      return Path.of(bundled.toURI()).getParent();
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw new IllegalStateException("Cannot read the bundled course content at " + bundled, e);
    }
  }

  private void report(ContentLoadResult result) {
    LOG.info(
        () ->
            "Course content from "
                + contentDir
                + ": "
                + result.snapshot().courses().size()
                + " courses, "
                + result.snapshot().modules().size()
                + " modules, "
                + result.snapshot().quizzes().size()
                + " quizzes");
    result.errors().forEach(problem -> LOG.warning(() -> "Content problem: " + problem.describe()));
  }

  @PermitAll
  public ContentSnapshot snapshot() {
    return live;
  }

  /**
   * The live text of an agreement (code-of-conduct, confidentiality) with its version, for the
   * pages where it is accepted and for certification, which records the version accepted.
   */
  @PermitAll
  public Optional<AgreementText> agreementText(String id) {
    return live.findAgreement(id);
  }

  @PermitAll
  public boolean isLoaded() {
    return !live.courses().isEmpty();
  }

  /** Reads the content folder again; broken files keep their last good version. */
  @RolesAllowed("ADMIN")
  public ContentLoadResult reload() {
    ContentLoadResult result;
    synchronized (this) {
      result = new ContentLoader().load(contentDir, live);
      live = result.snapshot();
    }
    report(result);
    audit.record(
        session.getCallerPrincipal().getName(),
        "content.reloaded",
        contentDir.getFileName().toString(),
        result.loaded().size() + " loaded, " + result.errors().size() + " problems");
    return result;
  }
}
