package org.facilitatoracademy.catalog.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.facilitatoracademy.catalog.application.ContentCatalog;
import org.facilitatoracademy.catalog.domain.ContentLoadResult;

/** Reloading course content after authors changed the files. */
@Path("admin/content")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
public class ContentAdminResource {

  @Inject private ContentCatalog content;

  /** One file that loaded. */
  public record Loaded(String file, String id, String contentVersion) {}

  /** One problem: the file relative to the content folder, the line or key, and what is wrong. */
  public record Problem(String file, Integer line, String key, String message) {}

  /** What a reload did. */
  public record ReloadReport(List<Loaded> loaded, List<Problem> errors) {}

  @POST
  @Path("reload")
  @Operation(
      summary =
          "Reload modules/ and quizzes/ (ADMIN); a broken file keeps its previous version live")
  public ReloadReport reload() {
    ContentLoadResult result = content.reload();
    return new ReloadReport(
        result.loaded().stream()
            .map(l -> new Loaded(l.file(), l.id(), l.contentVersion()))
            .toList(),
        result.errors().stream()
            .map(p -> new Problem(p.file(), p.line(), p.key(), p.message()))
            .toList());
  }
}
