package org.facilitatoracademy.audit.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.facilitatoracademy.audit.application.AuditLog;
import org.facilitatoracademy.platform.errors.BusinessException;

/** The audit log for administrators. */
@Path("admin/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
public class AuditResource {

  @Inject private AuditLog audit;

  /** One audit event. */
  public record AuditEventDto(
      long position,
      String occurredAt,
      String actor,
      String action,
      String subject,
      String details,
      String hash) {}

  @GET
  @Operation(summary = "Audit events between two instants or dates (ADMIN); at most 1000")
  public List<AuditEventDto> events(@QueryParam("from") String from, @QueryParam("to") String to) {
    Instant start = from == null ? Instant.EPOCH : parse(from, "from");
    Instant end = to == null ? Instant.parse("9999-12-31T00:00:00Z") : parse(to, "to");
    return audit.between(start, end, 1000).stream()
        .map(
            e ->
                new AuditEventDto(
                    e.position(),
                    e.occurredAt().toString(),
                    e.actor(),
                    e.action(),
                    e.subject(),
                    e.details(),
                    e.eventHash()))
        .toList();
  }

  private static Instant parse(String value, String name) {
    try {
      return value.length() == 10
          ? LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC)
          : Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw BusinessException.malformed(
          "'"
              + name
              + "' must be an ISO-8601 date (2026-11-26) or instant (2026-11-26T10:00:00Z).");
    }
  }
}
