package org.facilitatoracademy.catalog.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.facilitatoracademy.catalog.application.ContentCatalog;
import org.facilitatoracademy.catalog.domain.AgreementText;
import org.facilitatoracademy.platform.errors.BusinessException;

/**
 * The texts of the agreements people accept before they are certified. They are public: anyone
 * thinking of volunteering may read what they would agree to.
 */
@Path("agreements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Courses and progress")
public class AgreementTextsResource {

  @Inject private ContentCatalog content;

  /** An agreement's text as sanitised HTML with its version. */
  public record AgreementTextDto(String id, String title, String version, String html) {
    static AgreementTextDto of(AgreementText text) {
      return new AgreementTextDto(text.id(), text.title(), text.version(), text.html());
    }
  }

  @GET
  @Path("{agreement}")
  @Operation(
      summary =
          "The full text of an agreement (code-of-conduct, confidentiality) with the version that"
              + " POST /me/agreements records")
  public AgreementTextDto text(@PathParam("agreement") String agreement) {
    return content
        .agreementText(agreement)
        .map(AgreementTextDto::of)
        .orElseThrow(() -> BusinessException.notFound("The agreement"));
  }
}
