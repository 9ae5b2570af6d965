package org.facilitatoracademy.verification.domain;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A certificate as an Open Badges 3.0 {@code OpenBadgeCredential}, shaped as the payload of a
 * VC-JWT: the credential itself plus the registered claims {@code iss}, {@code jti}, {@code nbf},
 * {@code sub} and {@code exp} that mirror it. The subject is the holder's pseudonym; no name, email
 * or account id goes into a credential. One status entry points at the revocation list; suspension
 * and leave are shown live by the verification page and API instead.
 */
public record OpenBadgeCredential(
    IssuerProfile issuer,
    VerifiableCertificate certificate,
    CredentialSubject subject,
    AchievementWording wording,
    StatusList statusList) {

  public static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";
  public static final String OB_CONTEXT =
      "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";

  public String id() {
    return "urn:uuid:" + certificate.credentialUuid();
  }

  public JsonObject toJwtPayload() {
    JsonObject credential =
        credential(issuer.toJson(), subject.uri(), issuer.statusListUrl(statusList.publicId()));
    return Json.createObjectBuilder(credential)
        .add("iss", issuer.id())
        .add("jti", id())
        .add("sub", subject.uri())
        .add("nbf", epochSecond(certificate.issuedOn()))
        .add("exp", epochSecond(certificate.expiresOn()))
        .build();
  }

  /**
   * The same credential for Data Integrity (before its proof): the issuer named by its {@code
   * did:web}, the status entry pointing at the JSON-LD status list, and the subject either the
   * holder's pseudonym or the DID of the wallet the holder added it to.
   */
  public JsonObject toLinkedData(String subjectId) {
    return credential(
        issuer.toDidJson(), subjectId, issuer.linkedDataStatusListUrl(statusList.publicId()));
  }

  private JsonObject credential(JsonObject issuerProfile, String subjectId, String listUrl) {
    int index = certificate.statusListIndex();
    JsonObject achievement =
        Json.createObjectBuilder()
            .add("id", issuer.achievementId(certificate.credential()))
            .add("type", Json.createArrayBuilder().add("Achievement"))
            .add("achievementType", "Certification")
            .add("name", wording.name())
            .add("description", wording.description())
            .add("criteria", Json.createObjectBuilder().add("narrative", wording.criteria()))
            .add("image", issuer.badgeImage(certificate.credential()))
            .build();
    return Json.createObjectBuilder()
        .add("@context", Json.createArrayBuilder().add(VC_CONTEXT).add(OB_CONTEXT))
        .add("id", id())
        .add(
            "type",
            Json.createArrayBuilder().add("VerifiableCredential").add("OpenBadgeCredential"))
        .add("issuer", issuerProfile)
        .add("validFrom", dateTime(certificate.issuedOn()))
        .add("validUntil", dateTime(certificate.expiresOn()))
        .add("name", wording.name())
        .add(
            "credentialSubject",
            Json.createObjectBuilder()
                .add("id", subjectId)
                .add("type", Json.createArrayBuilder().add("AchievementSubject"))
                .add("achievement", achievement))
        .add(
            "credentialStatus",
            Json.createObjectBuilder()
                .add("id", listUrl + "#" + index)
                .add("type", "BitstringStatusListEntry")
                .add("statusPurpose", statusList.purpose())
                .add("statusListIndex", Integer.toString(index))
                .add("statusListCredential", listUrl))
        .build();
  }

  /** Dates are whole days: a certificate is valid from the start of its issue day (UTC). */
  static String dateTime(LocalDate day) {
    return DateTimeFormatter.ISO_INSTANT.format(day.atStartOfDay(ZoneOffset.UTC));
  }

  static long epochSecond(LocalDate day) {
    return day.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
  }
}
