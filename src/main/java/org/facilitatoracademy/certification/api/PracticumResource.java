package org.facilitatoracademy.certification.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.facilitatoracademy.certification.application.NewPracticumEntry;
import org.facilitatoracademy.certification.application.Practicum;
import org.facilitatoracademy.certification.application.PracticumEntryView;

/** Practicum entries, signed by a certified mentor or a coordinator of the trainee's region. */
@Path("practicum/{accountId}/entries")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Certification")
public class PracticumResource {

  @Inject private Practicum practicum;

  @POST
  @Operation(
      summary =
          "Sign a practicum entry for a trainee (MENTOR with an Active FACILITATOR credential, or"
              + " COORDINATOR, of the trainee's region; never for oneself)")
  public Response record(@PathParam("accountId") String accountId, NewPracticumEntry body) {
    PracticumEntryView entry = practicum.record(accountId, Bodies.required(body));
    return Response.status(201).entity(entry).build();
  }

  @GET
  @Operation(
      summary =
          "A trainee's practicum entries (the trainee, mentors and coordinators of the region)")
  public List<PracticumEntryView> entries(@PathParam("accountId") String accountId) {
    return practicum.entriesOf(accountId);
  }
}
