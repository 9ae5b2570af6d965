package org.facilitatoracademy.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * People holding credentials in a given state, made only through certification's own public means:
 * an account from the admin API, a certificate from the CSV import, a status from the coordinator
 * endpoint.
 */
public final class Credentialed {

  public static final String PASSWORD = "long quiet evening";

  /** A person the tests made: how to sign in, and their account id. */
  public record Person(String email, String id, String displayName) {
    public Api api(TestServer server) {
      return Api.as(server, email, PASSWORD);
    }
  }

  private Credentialed() {}

  /** A person of the region with no credential at all. */
  public static Person trainee(TestServer server, String region, String displayName) {
    String email = Accounts.uniqueEmail("person");
    Api.Reply reply =
        Api.as(server, Accounts.ADMIN, Accounts.PASSWORD)
            .post(
                "/admin/accounts",
                Map.of(
                    "email",
                    email,
                    "password",
                    PASSWORD,
                    "displayName",
                    displayName,
                    "region",
                    region,
                    "roles",
                    List.of()));
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    return new Person(email, reply.json().path("id").asText(), displayName);
  }

  /** A person of North West holding an Active credential that expires in a year. */
  public static Person active(TestServer server, String credential, String displayName) {
    Person person = trainee(server, "north-west", displayName);
    LocalDate today = LocalDate.now();
    importCertificate(
        server, person, "north-west", credential, today.minusYears(1), today.plusYears(1));
    return person;
  }

  /** A person of North West whose credential a North West coordinator set to this status. */
  public static Person withStatus(
      TestServer server, String credential, String status, String displayName) {
    Person person = active(server, credential, displayName);
    setStatus(server, certificateOf(server, person), status);
    return person;
  }

  /** A person of North West whose credential expired on that date. */
  public static Person expired(
      TestServer server, String credential, LocalDate expiredOn, String displayName) {
    Person person = trainee(server, "north-west", displayName);
    importCertificate(server, person, "north-west", credential, expiredOn.minusYears(2), expiredOn);
    return person;
  }

  public static void importCertificate(
      TestServer server,
      Person person,
      String region,
      String credential,
      LocalDate issuedOn,
      LocalDate expiresOn) {
    String csv =
        String.join(
                ",",
                person.email(),
                person.displayName(),
                region,
                credential,
                issuedOn.toString(),
                expiresOn.toString())
            + "\n";
    JsonNode report = postCsv(server, "/admin/certificates/import", csv);
    assertThat(report.path("imported").asInt()).as(report.toString()).isEqualTo(1);
  }

  /** The id of the person's newest certificate. */
  public static String certificateOf(TestServer server, Person person) {
    Api.Reply mine = person.api(server).get("/me/certificates");
    assertThat(mine.status()).as(mine.body()).isEqualTo(200);
    return mine.json().get(0).path("id").asText();
  }

  /** A North West coordinator changes the certificate's status. */
  public static void setStatus(TestServer server, String certificateId, String status) {
    Api.Reply changed =
        Api.as(server, Accounts.COORDINATOR, Accounts.PASSWORD)
            .post(
                "/coordinator/certificates/" + certificateId + "/status",
                Map.of("status", status, "reason", "Set by a test"));
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
  }

  private static JsonNode postCsv(TestServer server, String path, String csv) {
    String basic =
        Base64.getEncoder()
            .encodeToString(
                (Accounts.ADMIN + ":" + Accounts.PASSWORD).getBytes(StandardCharsets.UTF_8));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(server.url("/api/v1" + path)))
            .header("Content-Type", "text/csv")
            .header("Accept", "application/json")
            .header("Authorization", "Basic " + basic)
            .POST(HttpRequest.BodyPublishers.ofString(csv))
            .build();
    try {
      HttpResponse<String> response =
          HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
      Api.Reply reply = new Api.Reply(response.statusCode(), response.body(), response);
      assertThat(reply.status()).as(reply.body()).isEqualTo(200);
      return reply.json();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
