package org.facilitatoracademy.verification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Random;
import org.facilitatoracademy.verification.OpenBadgeSchema;
import org.junit.jupiter.api.Test;

class OpenBadgeCredentialTest {

  private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
  private static final String HOLDER = "6f1c1f9e-4a47-4d0c-9a53-0c1f1b3d5e77";
  private static final IssuerProfile ISSUER =
      new IssuerProfile("https://academy.example.org", "Facilitator Academy");
  private static final AchievementWording WORDING =
      new AchievementWording(
          "Certified Meeting Facilitator",
          "Trained to lead structured group meetings.",
          "Course, exam and supervised practice.");

  private final StatusList list = StatusList.forRevocation(StatusList.MINIMUM_SIZE, NOW);
  private final int index = list.assignIndex(new Random(3));
  private final VerifiableCertificate certificate =
      new VerifiableCertificate(
          "0b7d6f0a-1111-4222-8333-944455556666",
          HOLDER,
          VerificationCode.read("ABCD-EFGH-JKMN-PQRS").orElseThrow(),
          Credential.FACILITATOR,
          "Sam T.",
          HeldStatus.ACTIVE,
          LocalDate.of(2026, 11, 20),
          LocalDate.of(2028, 11, 20),
          list,
          index,
          NOW);
  private final CredentialSubject subject = new CredentialSubject(HOLDER);
  private final JsonObject payload =
      new OpenBadgeCredential(ISSUER, certificate, subject, WORDING, list).toJwtPayload();

  @Test
  void theCredentialValidatesAgainstTheOfficialOpenBadgesSchema() {
    assertThat(OpenBadgeSchema.problems(payload.toString())).isEmpty();
  }

  @Test
  void itIsAnOpenBadgeCredentialFromTheAcademyAsProfile() {
    assertThat(payload.getJsonArray("@context").getString(0))
        .isEqualTo("https://www.w3.org/ns/credentials/v2");
    assertThat(payload.getJsonArray("@context").getString(1))
        .isEqualTo("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");
    assertThat(payload.getJsonArray("type").getValuesAs(jakarta.json.JsonString::getString))
        .containsExactly("VerifiableCredential", "OpenBadgeCredential");
    JsonObject issuer = payload.getJsonObject("issuer");
    assertThat(issuer.getString("id")).isEqualTo("https://academy.example.org");
    assertThat(issuer.getJsonArray("type").getString(0)).isEqualTo("Profile");
    JsonObject achievement =
        payload.getJsonObject("credentialSubject").getJsonObject("achievement");
    assertThat(achievement.getString("id"))
        .isEqualTo("https://academy.example.org/achievements/facilitator");
    assertThat(achievement.getString("name")).isEqualTo("Certified Meeting Facilitator");
    assertThat(achievement.getJsonObject("criteria").getString("narrative")).isNotBlank();
  }

  @Test
  void theSubjectIsAPseudonymAndTheCredentialNamesNobody() {
    String subjectId = payload.getJsonObject("credentialSubject").getString("id");
    assertThat(subjectId).startsWith("urn:uuid:").isEqualTo(subject.uri()).doesNotContain(HOLDER);
    assertThat(payload.toString())
        .doesNotContain("Sam T.", HOLDER, certificate.certificateId(), "ABCDEFGHJKMNPQRS")
        .doesNotContainPattern("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
  }

  @Test
  void theJwtClaimsMirrorTheCredential() {
    assertThat(payload.getString("iss")).isEqualTo(ISSUER.id());
    assertThat(payload.getString("jti")).isEqualTo(payload.getString("id")).startsWith("urn:uuid:");
    assertThat(payload.getString("sub")).isEqualTo(subject.uri());
    assertThat(payload.getString("validFrom")).isEqualTo("2026-11-20T00:00:00Z");
    assertThat(payload.getString("validUntil")).isEqualTo("2028-11-20T00:00:00Z");
    assertThat(payload.getJsonNumber("nbf").longValue())
        .isEqualTo(Instant.parse("2026-11-20T00:00:00Z").getEpochSecond());
    assertThat(payload.getJsonNumber("exp").longValue())
        .isEqualTo(Instant.parse("2028-11-20T00:00:00Z").getEpochSecond());
  }

  @Test
  void oneStatusEntryPointsAtTheRevocationListAndTheCertificatesIndex() {
    JsonObject status = payload.getJsonObject("credentialStatus");
    String listUrl = "https://academy.example.org/api/v1/status-lists/" + list.publicId();
    assertThat(status.getString("type")).isEqualTo("BitstringStatusListEntry");
    assertThat(status.getString("statusPurpose")).isEqualTo("revocation");
    assertThat(status.getString("statusListIndex")).isEqualTo(Integer.toString(index));
    assertThat(status.getString("statusListCredential")).isEqualTo(listUrl);
    assertThat(status.getString("id")).isEqualTo(listUrl + "#" + index);
  }

  @Test
  void theStatusListCredentialCarriesTheEncodedRevocationBits() {
    list.mark(index, true, NOW.plusSeconds(30));
    JsonObject statusList = new StatusListCredential(ISSUER, list).toJwtPayload();

    assertThat(statusList.getJsonArray("type").getValuesAs(jakarta.json.JsonString::getString))
        .containsExactly("VerifiableCredential", "BitstringStatusListCredential");
    assertThat(statusList.getString("id"))
        .isEqualTo("https://academy.example.org/api/v1/status-lists/" + list.publicId());
    JsonObject subjectOfList = statusList.getJsonObject("credentialSubject");
    assertThat(subjectOfList.getString("type")).isEqualTo("BitstringStatusList");
    assertThat(subjectOfList.getString("statusPurpose")).isEqualTo("revocation");
    assertThat(subjectOfList.getString("encodedList")).isEqualTo(list.encodedList());
    assertThat(statusList.getString("validFrom")).isEqualTo("2026-11-20T10:00:30Z");
  }
}
