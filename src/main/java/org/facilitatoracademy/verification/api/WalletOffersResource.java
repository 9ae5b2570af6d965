package org.facilitatoracademy.verification.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.facilitatoracademy.platform.errors.BusinessException;
import org.facilitatoracademy.verification.application.WalletOffers;

/**
 * Offers of a credential to the holder's wallet and the VC-API exchange a wallet follows. The
 * exchange is public: the unguessable exchange id and the challenge are what let a wallet in, and
 * the wallet's signed presentation is what gets it a credential.
 */
@Path("")
@Tag(name = "Verification")
public class WalletOffersResource {

  @Inject private WalletOffers walletOffers;

  /** The answer to the holder: the link a wallet follows, and until when. */
  public record OfferDto(String offerUrl, String exchangeUrl, Instant expiresAt) {}

  @POST
  @Path("me/certificates/{id}/wallet-offers")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "A one-time, short-lived offer of the caller's certificate to their wallet: offerUrl"
              + " opens the Learner Credential Wallet (also as a QR code on the certificates"
              + " page); exchangeUrl is the VC-API exchange any wallet can follow")
  @APIResponse(
      responseCode = "201",
      content = @Content(schema = @Schema(implementation = OfferDto.class)))
  @APIResponse(responseCode = "404", description = "No such certificate of the caller's")
  @APIResponse(responseCode = "409", description = "The certificate is revoked")
  public Response offer(@PathParam("id") String certificateId) {
    WalletOffers.Offer offer = walletOffers.offer(certificateId);
    return Response.status(201)
        .entity(new OfferDto(offer.offerUrl(), offer.exchangeUrl(), offer.expiresAt()))
        .header("Cache-Control", "no-store")
        .build();
  }

  @POST
  @Path("exchanges/{exchangeId}")
  @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "The VC-API exchange of a wallet offer (public). An empty body or {} answers a"
              + " verifiablePresentationRequest for DIDAuthentication with a challenge and domain;"
              + " a presentation signed by the wallet's did:key (Ed25519Signature2020 or"
              + " eddsa-rdfc-2022, purpose authentication), as the body or under"
              + " verifiablePresentation, answers the credential bound to that DID, once")
  @APIResponse(
      responseCode = "200",
      description = "The presentation request, or a presentation holding the credential",
      content = @Content(schema = @Schema(type = SchemaType.OBJECT)))
  @APIResponse(responseCode = "400", description = "The body is not a JSON object")
  @APIResponse(responseCode = "404", description = "No offer at this address")
  @APIResponse(responseCode = "409", description = "The offer was used or has expired")
  @APIResponse(
      responseCode = "422",
      description = "The presentation does not prove control of a DID over this challenge")
  public Response participate(@PathParam("exchangeId") String exchangeId, String body) {
    JsonObject request = parse(body);
    return Response.ok(walletOffers.participate(exchangeId, request).toString())
        .header("Cache-Control", "no-store")
        .header("Access-Control-Allow-Origin", "*")
        .build();
  }

  @GET
  @Path("exchanges/{exchangeId}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The protocols an offer can be followed with (public): vcapi and lcw")
  @APIResponse(responseCode = "404", description = "No offer at this address")
  @APIResponse(responseCode = "409", description = "The offer was used or has expired")
  public Response protocols(@PathParam("exchangeId") String exchangeId) {
    return Response.ok(walletOffers.protocols(exchangeId).toString())
        .header("Cache-Control", "no-store")
        .header("Access-Control-Allow-Origin", "*")
        .build();
  }

  private static JsonObject parse(String body) {
    if (body == null || body.isBlank()) {
      return null;
    }
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    } catch (JsonParsingException e) {
      throw BusinessException.malformed("The body is not JSON: " + e.getMessage());
    } catch (JsonException | IllegalStateException e) {
      throw BusinessException.malformed("The body must be a JSON object.");
    }
  }
}
