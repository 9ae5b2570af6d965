package org.facilitatoracademy.verification.domain;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * A status list as a W3C {@code BitstringStatusListCredential}, shaped as the payload of a VC-JWT.
 * Verifiers fetch it from the URL that each credential's {@code credentialStatus} names.
 */
public record StatusListCredential(IssuerProfile issuer, StatusList list) {

  public String url() {
    return issuer.statusListUrl(list.publicId());
  }

  public JsonObject toJwtPayload() {
    long updated = list.updatedAt().truncatedTo(ChronoUnit.SECONDS).getEpochSecond();
    return Json.createObjectBuilder(credential(issuer.toJson(), url()))
        .add("iss", issuer.id())
        .add("jti", url())
        .add("nbf", updated)
        .add("iat", updated)
        .build();
  }

  /** The same list for Data Integrity (before its proof), issued by the issuer's DID. */
  public JsonObject toLinkedData() {
    return credential(issuer.toDidJson(), issuer.linkedDataStatusListUrl(list.publicId()));
  }

  private JsonObject credential(JsonObject issuerProfile, String listUrl) {
    return Json.createObjectBuilder()
        .add("@context", Json.createArrayBuilder().add(OpenBadgeCredential.VC_CONTEXT))
        .add("id", listUrl)
        .add(
            "type",
            Json.createArrayBuilder()
                .add("VerifiableCredential")
                .add("BitstringStatusListCredential"))
        .add("issuer", issuerProfile)
        .add(
            "validFrom",
            DateTimeFormatter.ISO_INSTANT.format(list.updatedAt().truncatedTo(ChronoUnit.SECONDS)))
        .add(
            "credentialSubject",
            Json.createObjectBuilder()
                .add("id", listUrl + "#list")
                .add("type", "BitstringStatusList")
                .add("statusPurpose", list.purpose())
                .add("encodedList", list.encodedList()))
        .build();
  }
}
