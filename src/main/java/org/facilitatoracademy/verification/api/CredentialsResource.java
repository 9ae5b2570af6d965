package org.facilitatoracademy.verification.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
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
 * Signed credentials, status lists, the issuer's keys and the holder's log of checks. Credentials
 * and lists are VC-JWTs unless the client asks for JSON-LD with a Data Integrity proof (by {@code
 * Accept} or {@code ?format=ldp}): verifiers differ in what they read.
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
          "The holder's certificate as a signed Open Badges 3.0 OpenBadgeCredential. By default a"
              + " VC-JWT (RS256, its kid answers the one public JWK); with Accept:"
              + " application/vc+ld+json or ?format=ldp, JSON-LD with an embedded Data Integrity"
              + " proof (eddsa-rdfc-2022, issuer did:web, key in /.well-known/did.json)")
  @APIResponse(
      responseCode = "200",
      description = "Compact JWS, or the JSON-LD credential",
      content = {
        @Content(mediaType = SignedCredentials.VC_JWT, schema = @Schema(type = SchemaType.STRING)),
        @Content(mediaType = SignedCredentials.VC_LD, schema = @Schema(type = SchemaType.OBJECT))
      })
  @APIResponse(responseCode = "400", description = "A format other than jwt or ldp")
  @APIResponse(responseCode = "404", description = "No such certificate of the caller's")
  public Response credential(
      @PathParam("id") String certificateId,
      @QueryParam("format") String format,
      @HeaderParam("Accept") String accept) {
    Optional<Boolean> linkedData = CredentialFormat.linkedData(format, accept);
    if (linkedData.isEmpty()) {
      return CredentialFormat.unknown();
    }
    String file = "credential-" + safe(certificateId);
    Response.ResponseBuilder response =
        linkedData.get()
            ? Response.ok(
                    signedCredentials.linkedDataCredentialFor(certificateId).toString(),
                    SignedCredentials.VC_LD)
                .header("Content-Disposition", "attachment; filename=\"" + file + ".json\"")
            : Response.ok(signedCredentials.credentialFor(certificateId), SignedCredentials.VC_JWT)
                .header("Content-Disposition", "attachment; filename=\"" + file + ".jwt\"");
    return response.header("Cache-Control", "no-store").header("Vary", "Accept").build();
  }

  @GET
  @Path("status-lists/{id}")
  @Operation(
      summary =
          "A revocation list as a signed Bitstring Status List credential, as named by each"
              + " credential's credentialStatus (public): a VC-JWT, or with ?format=ldp (or Accept:"
              + " application/vc+ld+json) JSON-LD with a Data Integrity proof")
  @APIResponse(
      responseCode = "200",
      description = "Compact JWS, or the JSON-LD status list credential",
      content = {
        @Content(mediaType = SignedCredentials.VC_JWT, schema = @Schema(type = SchemaType.STRING)),
        @Content(mediaType = SignedCredentials.VC_LD, schema = @Schema(type = SchemaType.OBJECT))
      })
  @APIResponse(responseCode = "400", description = "A format other than jwt or ldp")
  @APIResponse(responseCode = "404", description = "No such list")
  public Response statusList(
      @PathParam("id") String listId,
      @QueryParam("format") String format,
      @HeaderParam("Accept") String accept) {
    Optional<Boolean> linkedData = CredentialFormat.linkedData(format, accept);
    if (linkedData.isEmpty()) {
      return CredentialFormat.unknown();
    }
    Optional<Response> found =
        linkedData.get()
            ? signedCredentials
                .linkedDataStatusList(listId)
                .map(list -> Response.ok(list.toString(), SignedCredentials.VC_LD).build())
            : signedCredentials
                .statusList(listId)
                .map(jwt -> Response.ok(jwt, SignedCredentials.VC_JWT).build());
    return found
        .map(
            r ->
                Response.fromResponse(r)
                    .header("Cache-Control", "no-cache")
                    .header("Vary", "Accept")
                    .header("Access-Control-Allow-Origin", "*")
                    .build())
        .orElseGet(
            () -> ApiError.response(404, "not-found", "There is no status list with this id."));
  }

  @GET
  @Path("issuer-keys/{thumbprint}")
  @Produces("application/jwk+json")
  @Operation(
      summary =
          "One public key of the issuer as a JWK (public): what a VC-JWT's kid points to. Every"
              + " key is also in the JWK Set at /.well-known/jwks.json")
  @APIResponse(responseCode = "200", description = "The public JWK")
  @APIResponse(responseCode = "404", description = "No key with this thumbprint ever signed")
  public Response publicKey(@PathParam("thumbprint") String thumbprint) {
    return signedCredentials
        .publicKey(thumbprint)
        .map(
            jwk ->
                Response.ok(jwk, "application/jwk+json")
                    .header("Cache-Control", "public, max-age=300")
                    .header("Access-Control-Allow-Origin", "*")
                    .build())
        .orElseGet(() -> ApiError.response(404, "not-found", "There is no key with this id."));
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
