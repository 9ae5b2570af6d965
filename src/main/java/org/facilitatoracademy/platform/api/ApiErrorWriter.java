package org.facilitatoracademy.platform.api;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes the API's error body {@code {error, message}} where JAX-RS does not: in filters, and for
 * errors the servlet container raises before or instead of the REST application.
 */
public final class ApiErrorWriter {

  private ApiErrorWriter() {}

  public static void write(HttpServletResponse response, int status, String code, String message)
      throws IOException {
    if (response.isCommitted()) {
      return;
    }
    response.resetBuffer();
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    byte[] body =
        Json.createObjectBuilder()
            .add("error", code)
            .add("message", message)
            .build()
            .toString()
            .getBytes(StandardCharsets.UTF_8);
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
    response.flushBuffer();
  }

  /** The stable code and a plain message for a status the container chose. */
  public static void writeFor(HttpServletResponse response, int status) throws IOException {
    switch (status) {
      case 400 -> write(response, 400, "bad-request", "The request could not be understood.");
      case 401 ->
          write(
              response,
              401,
              "authentication-required",
              "Sign in with HTTP Basic: your email and password.");
      case 403 -> write(response, 403, "forbidden", "Your roles do not allow this.");
      case 404 -> write(response, 404, "not-found", "There is nothing at this address.");
      case 405 ->
          write(response, 405, "method-not-allowed", "This address does not answer that method.");
      case 406 ->
          write(
              response,
              406,
              "not-acceptable",
              "This address answers JSON (Accept: application/json).");
      case 413 -> write(response, 413, "request-too-large", "The request body is too large.");
      case 415 ->
          write(
              response,
              415,
              "unsupported-media-type",
              "Send JSON (Content-Type: application/json).");
      default -> {
        if (status >= 500) {
          write(response, status, "internal-error", "Something went wrong on our side.");
        } else {
          write(response, status, "http-" + status, "The request was refused.");
        }
      }
    }
  }
}
