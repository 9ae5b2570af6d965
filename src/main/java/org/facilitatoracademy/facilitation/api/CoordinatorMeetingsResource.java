package org.facilitatoracademy.facilitation.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.facilitatoracademy.facilitation.application.LeaderAssignments;
import org.facilitatoracademy.facilitation.application.MeetingRegistry;
import org.facilitatoracademy.facilitation.application.MeetingView;
import org.facilitatoracademy.facilitation.domain.Duty;
import org.facilitatoracademy.facilitation.domain.MeetingStatus;
import org.facilitatoracademy.platform.errors.BusinessException;

/** Coordinators keep the meetings of their own region and choose who leads them. */
@Path("coordinator/meetings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Meetings")
public class CoordinatorMeetingsResource {

  @Inject private MeetingRegistry registry;
  @Inject private LeaderAssignments assignments;

  @GET
  @Operation(
      summary =
          "The meetings of the coordinator's region (COORDINATOR); `needsLeader=true` keeps those"
              + " without a leader, or whose host has no mentor")
  public List<MeetingDtos.MeetingDto> list(@QueryParam("needsLeader") boolean needsLeader) {
    return registry.ofMyRegion(needsLeader).stream().map(MeetingDtos.MeetingDto::of).toList();
  }

  @POST
  @Operation(
      summary =
          "Create a meeting in the coordinator's own region (COORDINATOR): 201; 403 other-region")
  public Response create(MeetingDtos.MeetingInput body) {
    require(body);
    MeetingView created = registry.create(body.toDraft());
    return Response.created(URI.create("coordinator/meetings/" + created.id()))
        .entity(MeetingDtos.MeetingDto.of(created))
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One meeting of the coordinator's region, with who serves it now")
  public MeetingDtos.MeetingDto get(@PathParam("id") String id) {
    return MeetingDtos.MeetingDto.of(registry.get(id));
  }

  @PUT
  @Path("{id}")
  @Operation(summary = "Revise title, schedule and place; region and kind stay")
  public MeetingDtos.MeetingDto revise(@PathParam("id") String id, MeetingDtos.MeetingInput body) {
    require(body);
    return MeetingDtos.MeetingDto.of(registry.revise(id, body.toDraft()));
  }

  @POST
  @Path("{id}/status")
  @Operation(
      summary =
          "Close temporarily (TEMPORARILY_CLOSED, also accepted as PAUSED, with a public"
              + " `note`), reopen (ACTIVE) or close for good (CLOSED: every duty ends)")
  public MeetingDtos.MeetingDto changeStatus(
      @PathParam("id") String id, MeetingDtos.StatusInput body) {
    require(body);
    MeetingStatus status;
    String asked = String.valueOf(body.status()).strip().toUpperCase(Locale.ROOT);
    try {
      status =
          "PAUSED".equals(asked) ? MeetingStatus.TEMPORARILY_CLOSED : MeetingStatus.valueOf(asked);
    } catch (IllegalArgumentException e) {
      throw BusinessException.malformed("Use status ACTIVE, TEMPORARILY_CLOSED or CLOSED.");
    }
    return MeetingDtos.MeetingDto.of(registry.changeStatus(id, status, body.note()));
  }

  @POST
  @Path("{id}/cancellations")
  @Operation(
      summary =
          "Cancel one occurrence (`date`, ISO) with a short public `note`: 201; 422"
              + " not-an-occurrence or date-passed; 404 for a meeting of another region")
  public Response cancelOccurrence(@PathParam("id") String id, MeetingDtos.CancellationInput body) {
    require(body);
    LocalDate day = date(body.date());
    MeetingView meeting = registry.cancelOccurrence(id, day, body.note());
    return Response.created(URI.create("coordinator/meetings/" + id + "/cancellations/" + day))
        .entity(MeetingDtos.MeetingDto.of(meeting))
        .build();
  }

  @DELETE
  @Path("{id}/cancellations/{date}")
  @Operation(summary = "Take a cancellation back: 204; 404 when that day was not cancelled")
  public Response restoreOccurrence(@PathParam("id") String id, @PathParam("date") String date) {
    registry.restoreOccurrence(id, date(date));
    return Response.noContent().build();
  }

  @GET
  @Path("{id}/history")
  @Operation(summary = "Everyone who ever served the meeting, newest first (audited)")
  public List<MeetingDtos.DutyDto> history(@PathParam("id") String id) {
    return registry.history(id).stream().map(MeetingDtos.DutyDto::of).toList();
  }

  @GET
  @Path("{id}/candidates")
  @Operation(
      summary =
          "People of the region who may be given a duty (LEADER, CO_LEADER, MENTOR) in this"
              + " meeting today")
  public List<MeetingDtos.CandidateDto> candidates(
      @PathParam("id") String id, @QueryParam("duty") String duty) {
    Duty wanted;
    try {
      wanted = duty == null ? Duty.LEADER : Duty.valueOf(duty.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw BusinessException.malformed("Use duty LEADER, CO_LEADER or MENTOR.");
    }
    return assignments.candidates(id, wanted).stream().map(MeetingDtos.CandidateDto::of).toList();
  }

  @PUT
  @Path("{id}/leader")
  @Operation(
      summary =
          "Assign the leader: 200; 422 not-certified unless they hold an Active credential for"
              + " the kind (FACILITATOR for FOUR_POINT; FACILITATOR or HOST for DISCUSSION); 422"
              + " mentor-required when a HOST leads without a mentor holding an Active FACILITATOR"
              + " credential")
  public MeetingDtos.MeetingDto assignLeader(
      @PathParam("id") String id, MeetingDtos.LeaderInput body) {
    require(body);
    return MeetingDtos.MeetingDto.of(
        assignments.assignLeader(id, body.accountId(), blankToNull(body.mentorAccountId())));
  }

  @DELETE
  @Path("{id}/leader")
  @Operation(summary = "Take the leader (and their mentor) off: 204; the meeting needs a leader")
  public Response removeLeader(@PathParam("id") String id) {
    assignments.removeLeader(id);
    return Response.noContent().build();
  }

  @POST
  @Path("{id}/co-leaders")
  @Operation(summary = "Add a co-leader, under the leader's rule (422 not-certified)")
  public MeetingDtos.MeetingDto addCoLeader(
      @PathParam("id") String id, MeetingDtos.CoLeaderInput body) {
    require(body);
    return MeetingDtos.MeetingDto.of(assignments.addCoLeader(id, body.accountId()));
  }

  @DELETE
  @Path("{id}/co-leaders/{accountId}")
  @Operation(summary = "Take a co-leader off: 204")
  public Response removeCoLeader(
      @PathParam("id") String id, @PathParam("accountId") String accountId) {
    assignments.removeCoLeader(id, accountId);
    return Response.noContent().build();
  }

  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(String.valueOf(text).strip());
    } catch (DateTimeParseException e) {
      throw BusinessException.malformed(
          "The field 'date' cannot be read: '" + text + "'. Use an ISO date, e.g. 2026-12-01.");
    }
  }

  private static void require(Object body) {
    if (body == null) {
      throw BusinessException.malformed("A JSON body is required.");
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
