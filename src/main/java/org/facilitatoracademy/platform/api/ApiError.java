package org.facilitatoracademy.platform.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The API's error body: a stable code for programs, a message for people. */
public record ApiError(String error, String message, List<String> unmet) {

  public static Response response(int status, String error, String message) {
    return response(status, error, message, null);
  }

  public static Response response(int status, String error, String message, List<String> unmet) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(
            new ApiError(
                error,
                Quoted.shortenEchoes(message),
                unmet == null || unmet.isEmpty() ? null : unmet))
        .build();
  }
}
