package org.facilitatoracademy.verification.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.facilitatoracademy.platform.api.ApiError;
import org.facilitatoracademy.verification.application.Lookup;
import org.facilitatoracademy.verification.application.Verification;
import org.facilitatoracademy.verification.domain.Channel;

/** Public look-up of a certificate by its code. */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Verification")
public class VerificationsResource {

  /** The one answer for every code that finds nothing, well-formed or not. */
  static final String UNKNOWN_MESSAGE = "No certificate has this code.";

  @Inject private Verification verification;
  @Context private HttpServletRequest request;

  @GET
  @Path("verifications/{code}")
  @Operation(
      summary =
          "Check a certificate by its code (public). Case and hyphens are ignored. Suspended"
              + " shows as INACTIVE; never a reason, email or id of the holder")
  @APIResponse(
      responseCode = "200",
      description = "The certificate as the public may see it",
      content = @Content(schema = @Schema(implementation = VerificationDtos.VerificationDto.class)))
  @APIResponse(responseCode = "404", description = "No certificate has this code")
  @APIResponse(
      responseCode = "429",
      description = "Too many look-ups from this client; Retry-After says when to try again")
  @APIResponse(
      responseCode = "400",
      description = "?on= is not a date YYYY-MM-DD, or lies in the future")
  public Response verify(
      @PathParam("code") String code,
      @Parameter(
              description =
                  "A past day (YYYY-MM-DD): the answer then also has on, statusOn (ACTIVE, EXPIRED,"
                      + " INACTIVE, REVOKED or NOT_ISSUED) and changedThatDay")
          @QueryParam("on")
          String on) {
    Lookup lookup = verification.check(code, Channel.API, request.getRemoteAddr(), on);
    Response response;
    if (lookup instanceof Lookup.Found found) {
      response = Response.ok(VerificationDtos.VerificationDto.of(found.certificate())).build();
    } else if (lookup instanceof Lookup.BadDate bad) {
      response = ApiError.response(400, "bad-date", bad.message());
    } else if (lookup instanceof Lookup.Limited limited) {
      response =
          Response.fromResponse(
                  ApiError.response(
                      429,
                      "rate-limited",
                      "Too many look-ups from your address. Try again in "
                          + limited.retryAfterSeconds()
                          + " seconds."))
              .header("Retry-After", limited.retryAfterSeconds())
              .build();
    } else {
      response = ApiError.response(404, "not-found", UNKNOWN_MESSAGE);
    }
    return Response.fromResponse(response)
        .header("Cache-Control", "no-store")
        .header("X-Robots-Tag", "noindex, nofollow")
        .build();
  }
}
