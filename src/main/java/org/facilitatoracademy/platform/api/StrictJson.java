package org.facilitatoracademy.platform.api;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import org.facilitatoracademy.platform.errors.BusinessException;

/**
 * Every JSON body of the API is parsed and its types checked against the Java body field by field
 * ({@link JsonShape}) before JSON-B binds it: a string where a boolean belongs is a 400 that names
 * the field, never a silent {@code false}.
 */
@Provider
public class StrictJson implements ReaderInterceptor {

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    if (!isJson(context.getMediaType()) || !isBound(context.getType())) {
      return context.proceed();
    }
    byte[] body = context.getInputStream().readAllBytes();
    if (body.length > 0) {
      JsonShape.problem(parse(body), context.getGenericType())
          .ifPresent(
              problem -> {
                throw new BusinessException(
                    BusinessException.Kind.MALFORMED, "invalid-field", problem);
              });
    }
    context.setInputStream(new ByteArrayInputStream(body));
    return context.proceed();
  }

  private static JsonValue parse(byte[] body) {
    try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
      return reader.readValue();
    } catch (JsonParsingException e) {
      throw BusinessException.malformed(
          "The request body is not valid JSON"
              + (e.getLocation() == null
                  ? "."
                  : " (line "
                      + e.getLocation().getLineNumber()
                      + ", column "
                      + e.getLocation().getColumnNumber()
                      + ")."));
    } catch (JsonException e) {
      throw BusinessException.malformed("The request body is not valid JSON.");
    }
  }

  private static boolean isJson(MediaType type) {
    return type != null
        && ("json".equalsIgnoreCase(type.getSubtype())
            || type.getSubtype().toLowerCase(java.util.Locale.ROOT).endsWith("+json"));
  }

  /** Bodies read as text, bytes or JSON-P values are the resource's own business. */
  private static boolean isBound(Class<?> type) {
    return !(type == String.class
        || type == byte[].class
        || InputStream.class.isAssignableFrom(type)
        || Reader.class.isAssignableFrom(type)
        || JsonValue.class.isAssignableFrom(type));
  }
}
