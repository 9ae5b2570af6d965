package org.facilitatoracademy.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;

/**
 * People holding a certificate, made through certification's own public means: an account opened by
 * the administrator, then a certificate brought in through the CSV import.
 */
public final class Certified {

  public static final String PASSWORD = "a quiet certified evening";

  /** A holder and their one certificate. */
  public record Holder(
      String email, String accountId, String certificateId, String code, String displayName) {

    public Api api(TestServer server) {
      return Api.as(server, email, PASSWORD);
    }

    /** The code without hyphens, as the certification context stores it. */
    public String plainCode() {
      return code.replace("-", "");
    }
  }

  private Certified() {}

  /** A new person in north-west holding an ACTIVE certificate of this credential. */
  public static Holder holder(TestServer server, String credential) {
    String email = Accounts.createTrainee(server, "holder", PASSWORD);
    Api api = Api.as(server, email, PASSWORD);
    String accountId = api.get("/me").json().path("id").asText();
    LocalDate issued = LocalDate.now().minusDays(30);
    String csv =
        "email,displayName,region,credential,issuedOn,expiresOn\n"
            + email
            + ",Test T.,north-west,"
            + credential
            + ","
            + issued
            + ","
            + issued.plusYears(2)
            + "\n";
    JsonNode report = importCsv(server, csv);
    assertThat(report.path("imported").asInt()).as(report.toString()).isEqualTo(1);
    JsonNode certificates = api.get("/me/certificates").json();
    assertThat(certificates.size()).as(certificates.toString()).isEqualTo(1);
    JsonNode certificate = certificates.get(0);
    return new Holder(
        email,
        accountId,
        certificate.path("id").asText(),
        certificate.path("code").asText(),
        "Test T.");
  }

  /** A coordinator of north-west changes the certificate's status, with a reason. */
  public static void changeStatus(TestServer server, Holder holder, String status, String reason) {
    Api.Reply reply =
        Api.as(server, Accounts.COORDINATOR, Accounts.PASSWORD)
            .post(
                "/coordinator/certificates/" + holder.certificateId() + "/status",
                Map.of("status", status, "reason", reason));
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
  }

  /** The certificate's PDF as its holder downloads it. */
  public static byte[] pdf(TestServer server, Holder holder) {
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(server.url("/api/v1/certificates/" + holder.certificateId() + "/pdf")))
            .header("Authorization", basic(holder.email(), PASSWORD))
            .build();
    HttpResponse<byte[]> response = send(request, HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }

  private static String basic(String email, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private static <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
    try {
      return HttpClient.newHttpClient().send(request, body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode importCsv(TestServer server, String csv) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(server.url("/api/v1/admin/certificates/import")))
            .header("Authorization", basic(Accounts.ADMIN, Accounts.PASSWORD))
            .header("Content-Type", "text/csv")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(csv))
            .build();
    HttpResponse<String> response = send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    try {
      return new ObjectMapper().readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
