package org.facilitatoracademy.facilitation.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.facilitatoracademy.facilitation.application.MeetingListings;

/** The public meeting list, and the meetings the signed-in person serves. */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Meetings")
public class MeetingsResource {

  @Inject private MeetingListings listings;

  @GET
  @Path("meetings")
  @Operation(
      summary =
          "Meetings that are not closed, of a region (or all): when, where (online or city) and"
              + " whether a certified leader leads it right now — never the leader's name")
  public List<MeetingDtos.PublicMeetingDto> meetings(@QueryParam("region") String region) {
    return listings.running(region).stream().map(MeetingDtos.PublicMeetingDto::of).toList();
  }

  @GET
  @Path("me/meetings")
  @Operation(summary = "The meetings the signed-in person leads, co-leads or mentors now")
  public List<MeetingDtos.MyMeetingDto> mine() {
    return listings.mine().stream().map(MeetingDtos.MyMeetingDto::of).toList();
  }
}
