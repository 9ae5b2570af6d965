package org.facilitatoracademy.verification.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.facilitatoracademy.platform.api.ApiError;
import org.facilitatoracademy.verification.application.HolderChecks;
import org.facilitatoracademy.verification.application.SignedCredentials;

/**
 * Signed credentials, status lists and the holder's log of checks. Credentials are served as {@code
 * application/vc+jwt} whatever the client accepts: verifiers differ in what they ask for.
 */
@Path("")
@Tag(name = "Verification")
public class CredentialsResource {

  @Inject private SignedCredentials signedCredentials;
  @Inject private HolderChecks holderChecks;

  @GET
  @Path("certificates/{id}/credential")
  @Operation(
      summary =
          "The holder's certificate as a signed Open Badges 3.0 OpenBadgeCredential (VC-JWT, RS256;"
              + " the key is at /.well-known/jwks.json)")
  @APIResponse(
      responseCode = "200",
      description = "Compact JWS",
      content =
          @Content(
              mediaType = SignedCredentials.VC_JWT,
              schema = @Schema(type = SchemaType.STRING)))
  @APIResponse(responseCode = "404", description = "No such certificate of the caller's")
  public Response credential(@PathParam("id") String certificateId) {
    return Response.ok(signedCredentials.credentialFor(certificateId), SignedCredentials.VC_JWT)
        .header(
            "Content-Disposition",
            "attachment; filename=\"credential-" + safe(certificateId) + ".jwt\"")
        .header("Cache-Control", "no-store")
        .build();
  }

  @GET
  @Path("status-lists/{id}")
  @Operation(
      summary =
          "A revocation list as a signed Bitstring Status List credential (VC-JWT), as named by"
              + " each credential's credentialStatus (public)")
  @APIResponse(
      responseCode = "200",
      description = "Compact JWS",
      content =
          @Content(
              mediaType = SignedCredentials.VC_JWT,
              schema = @Schema(type = SchemaType.STRING)))
  @APIResponse(responseCode = "404", description = "No such list")
  public Response statusList(@PathParam("id") String listId) {
    return signedCredentials
        .statusList(listId)
        .map(
            jwt ->
                Response.ok(jwt, SignedCredentials.VC_JWT)
                    .header("Cache-Control", "no-cache")
                    .build())
        .orElseGet(
            () -> ApiError.response(404, "not-found", "There is no status list with this id."));
  }

  @GET
  @Path("me/verifications")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "When the caller's certificates were checked and through which door (page or API);"
              + " nothing about who checked")
  public VerificationDtos.ChecksDto myChecks() {
    return new VerificationDtos.ChecksDto(
        holderChecks.checks().stream().map(VerificationDtos.CheckDto::of).toList());
  }

  @POST
  @Path("admin/issuer-keys")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Rotate the issuer's signing key (ADMIN): a new key signs from now on, earlier keys stay"
              + " in the JWK Set so earlier credentials still verify")
  public Response rotate() {
    return Response.status(201)
        .entity(new VerificationDtos.KeyDto(signedCredentials.rotateKey()))
        .build();
  }

  private static String safe(String id) {
    return id.replaceAll("[^A-Za-z0-9-]", "");
  }
}
