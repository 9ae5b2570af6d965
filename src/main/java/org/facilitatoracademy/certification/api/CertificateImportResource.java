package org.facilitatoracademy.certification.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.facilitatoracademy.certification.application.CertificateImport;
import org.facilitatoracademy.certification.application.ImportReport;

/** Bringing in people certified before the platform existed. */
@Path("admin/certificates/import")
@Tag(name = "Certification")
public class CertificateImportResource {

  @Inject private CertificateImport importer;

  @POST
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Import certificates from CSV lines email, displayName, region, credential, issuedOn,"
              + " expiresOn (ADMIN); bad lines are reported by number and the rest imported")
  public ImportReport importCsv(String csv) {
    return importer.importCsv(csv);
  }
}
