package org.facilitatoracademy.coordination.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.facilitatoracademy.coordination.application.Export;
import org.facilitatoracademy.coordination.application.RegionExports;
import org.facilitatoracademy.coordination.infrastructure.CsvTable;

/**
 * The region's tables as CSV (RFC 4180, UTF-8 with a byte order mark, header row), streamed to the
 * client; each export is audited.
 */
@Path("coordinator/exports")
// JSON too, so that a refusal reaches the client as the API's JSON error rather than a 406.
@Produces({CsvTable.MEDIA_TYPE, MediaType.APPLICATION_JSON})
@Tag(name = "Coordination")
public class CoordinatorExportsResource {

  @Inject private RegionExports exports;

  @GET
  @Path("progress.csv")
  @Operation(summary = "Each person of the region and how far they are, one row per course")
  public Response progress(@QueryParam("region") String region) {
    return csv(exports.progress(region));
  }

  @GET
  @Path("certificates.csv")
  @Operation(summary = "The region's certificates, without status reasons")
  public Response certificates(@QueryParam("region") String region) {
    return csv(exports.certificates(region));
  }

  @GET
  @Path("meetings.csv")
  @Operation(summary = "The region's meetings that are not closed, with who serves them")
  public Response meetings(@QueryParam("region") String region) {
    return csv(exports.meetings(region));
  }

  private static Response csv(Export export) {
    StreamingOutput body = out -> CsvTable.write(export, out);
    return Response.ok(body, CsvTable.MEDIA_TYPE)
        .header("Content-Disposition", "attachment; filename=\"" + export.fileName() + "\"")
        .header("Cache-Control", "no-store")
        .build();
  }
}
