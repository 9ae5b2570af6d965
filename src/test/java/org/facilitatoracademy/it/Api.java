package org.facilitatoracademy.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A small HTTP client for the REST API, speaking JSON and HTTP Basic. */
public final class Api {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  private final TestServer server;
  private final String authorization;

  private Api(TestServer server, String authorization) {
    this.server = server;
    this.authorization = authorization;
  }

  public static Api anonymous(TestServer server) {
    return new Api(server, null);
  }

  public static Api as(TestServer server, String email, String password) {
    String token =
        Base64.getEncoder()
            .encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
    return new Api(server, "Basic " + token);
  }

  /** The same caller speaking to another server (the same one restarted, say). */
  public Api on(TestServer other) {
    return new Api(other, authorization);
  }

  /** One answer of the API. */
  public record Reply(int status, String body, HttpResponse<String> raw) {
    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("Not JSON (" + status + "): " + body, e);
      }
    }

    public String error() {
      return json().path("error").asText();
    }
  }

  public Reply get(String path) {
    return send(builder(path).GET());
  }

  /** A GET that asks for another representation than JSON, such as text/csv. */
  public Reply getAs(String path, String accept) {
    return send(builder(path).setHeader("Accept", accept).GET());
  }

  /** The body of a GET outside the API (such as /openapi). */
  public String getAbsolute(String path) {
    return send(HttpRequest.newBuilder(URI.create(server.url(path))).GET()).body();
  }

  public Reply delete(String path) {
    return send(builder(path).DELETE());
  }

  public Reply post(String path, Object body) {
    return send(builder(path).POST(bodyOf(body)));
  }

  public Reply put(String path, Object body) {
    return send(builder(path).PUT(bodyOf(body)));
  }

  /** Sends a body of another media type as it is, such as a CSV file. */
  public Reply post(String path, String contentType, String body) {
    return send(
        builder(path)
            .setHeader("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** A binary answer (a PDF), with its status and content type. */
  public record Download(int status, String contentType, byte[] body) {}

  public Download download(String path) {
    try {
      HttpResponse<byte[]> response =
          http.send(
              builder(path).setHeader("Accept", "*/*").GET().build(),
              HttpResponse.BodyHandlers.ofByteArray());
      return new Download(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Sends text as it is, for malformed bodies. */
  public Reply postRaw(String path, String raw) {
    return send(builder(path).POST(HttpRequest.BodyPublishers.ofString(raw)));
  }

  private HttpRequest.Builder builder(String path) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(server.url("/api/v1" + path)))
            .header("Content-Type", "application/json")
            .header("Accept", "application/json");
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    return b;
  }

  private static HttpRequest.BodyPublisher bodyOf(Object body) {
    try {
      return HttpRequest.BodyPublishers.ofString(
          body instanceof String s ? s : JSON.writeValueAsString(body));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Reply send(HttpRequest.Builder builder) {
    try {
      HttpResponse<String> response =
          http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(response.statusCode(), response.body(), response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
