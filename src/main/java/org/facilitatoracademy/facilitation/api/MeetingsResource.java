package org.facilitatoracademy.facilitation.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.facilitatoracademy.facilitation.application.MeetingListings;
import org.facilitatoracademy.facilitation.application.PublicMeeting;
import org.facilitatoracademy.identity.application.AccountService;
import org.facilitatoracademy.identity.domain.Region;
import org.facilitatoracademy.platform.config.BaseUrl;
import org.facilitatoracademy.platform.errors.BusinessException;

/**
 * The public meeting list, its Meeting Guide feed and calendars, and the meetings the signed-in
 * person serves. Nothing public ever names a person.
 */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Meetings")
public class MeetingsResource {

  /** Regions' websites and phones poll the feed; five minutes keeps them fresh and us idle. */
  private static final int MAX_AGE_SECONDS = 300;

  private static final ObjectMapper JSON = new ObjectMapper();

  @Inject private MeetingListings listings;
  @Inject private AccountService accounts;
  @Inject private BaseUrl baseUrl;
  @Inject private Clock clock;

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
  @Path("meetings/feed.json")
  @Operation(
      summary =
          "Every weekly meeting that is not closed, in the Meeting Guide JSON format (also at"
              + " /meetings.json): name, slug, day 0-6 from Sunday, time/end_time HH:MM, timezone,"
              + " types, conference_url, location/formatted_address, region, updated, url,"
              + " attendance_option. Cached: ETag and Last-Modified, 304 when unchanged")
  public Response feed(@QueryParam("region") String region, @Context Request request) {
    List<PublicMeeting> meetings = MeetingGuideFeed.listed(listings.running(region));
    byte[] body;
    try {
      body =
          JSON.writeValueAsBytes(
              new MeetingGuideFeed(baseUrl.value(), regionNames())
                  .entries(meetings, LocalDate.now(clock)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("The feed could not be written", e);
    }
    EntityTag tag = new EntityTag(digest(body));
    Date lastModified =
        Date.from(MeetingGuideFeed.lastChange(meetings).truncatedTo(ChronoUnit.SECONDS));
    Response.ResponseBuilder unchanged = request.evaluatePreconditions(lastModified, tag);
    Response.ResponseBuilder answer =
        unchanged != null ? unchanged : Response.ok(body, MediaType.APPLICATION_JSON_TYPE);
    return answer
        .tag(tag)
        .lastModified(lastModified)
        .cacheControl(publicCache())
        // A region's website reads the feed from the visitor's browser (TSML UI).
        .header("Access-Control-Allow-Origin", "*")
        .build();
  }

  @GET
  @Path("meetings/calendar.ics")
  @Produces(MeetingCalendar.MEDIA_TYPE)
  @Operation(
      summary =
          "The meetings of a region (or all) as an iCalendar file (RFC 5545): weekly RRULE in each"
              + " meeting's time zone, cancelled dates as EXDATE, no person's name")
  public Response calendar(@QueryParam("region") String region, @Context HttpHeaders headers) {
    List<PublicMeeting> meetings = listings.running(region);
    return calendarResponse(meetings, headers, "meetings.ics");
  }

  @GET
  @Path("meetings/{id}.ics")
  @Produces(MeetingCalendar.MEDIA_TYPE)
  @Operation(summary = "One meeting as an iCalendar file, for \"Add to calendar\"; 404 if unknown")
  public Response meetingCalendar(@PathParam("id") String id, @Context HttpHeaders headers) {
    PublicMeeting meeting =
        listings.find(id).orElseThrow(() -> BusinessException.notFound("The meeting"));
    return calendarResponse(List.of(meeting), headers, "meeting.ics");
  }

  @GET
  @Path("me/meetings")
  @Operation(summary = "The meetings the signed-in person leads, co-leads or mentors now")
  public List<MeetingDtos.MyMeetingDto> mine() {
    return listings.mine().stream().map(MeetingDtos.MyMeetingDto::of).toList();
  }

  private Response calendarResponse(
      List<PublicMeeting> meetings, HttpHeaders headers, String fileName) {
    Locale locale =
        headers.getAcceptableLanguages().stream()
            .filter(l -> !l.getLanguage().isEmpty() && !"*".equals(l.getLanguage()))
            .findFirst()
            .orElse(Locale.ENGLISH);
    String text = new MeetingCalendar(baseUrl.value(), locale).write(meetings);
    return Response.ok(text, MeetingCalendar.MEDIA_TYPE)
        .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
        .cacheControl(publicCache())
        .lastModified(
            Date.from(MeetingGuideFeed.lastChange(meetings).truncatedTo(ChronoUnit.SECONDS)))
        .build();
  }

  private Map<String, String> regionNames() {
    return accounts.regions().stream().collect(Collectors.toMap(Region::code, Region::name));
  }

  private static CacheControl publicCache() {
    CacheControl cache = new CacheControl();
    cache.setMaxAge(MAX_AGE_SECONDS);
    return cache;
  }

  private static String digest(byte[] body) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
      return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 27);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
