package org.facilitatoracademy.container;

import jakarta.json.Json;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The REST API as a signed-in person calls it, from inside the container under test. */
public final class RestCalls {

  private final HttpClient http = HttpClient.newHttpClient();
  private final String base;
  private final String authorization;

  public RestCalls(String baseUrl, String email, String password) {
    this.base = baseUrl + "/api/v1";
    this.authorization =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** One answer. */
  public record Reply(int status, String body) {
    public JsonStructure json() {
      return Json.createReader(new StringReader(body)).read();
    }

    public String text(String key) {
      return json().asJsonObject().getString(key);
    }
  }

  public Reply get(String path) {
    return send(request(path, "application/json").GET());
  }

  public Reply post(String path, String json) {
    return send(request(path, "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  public Reply postCsv(String path, String csv) {
    return send(request(path, "text/csv").POST(HttpRequest.BodyPublishers.ofString(csv)));
  }

  private HttpRequest.Builder request(String path, String contentType) {
    return HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", contentType)
        .header("Accept", "application/json")
        .header("Authorization", authorization);
  }

  private Reply send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
