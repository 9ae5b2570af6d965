package org.facilitatoracademy.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.facilitatoracademy.it.Credentialed.Person;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The feed, calendars and cancellations, as a region's website and a member's phone see them. */
class MeetingFinderApiIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static TestServer server;
  private static Api coordinator;

  @BeforeAll
  static void start() {
    server = TestServer.shared();
    coordinator = Api.as(server, Accounts.COORDINATOR, Accounts.PASSWORD);
  }

  private static HttpResponse<String> get(String path, String... headers) {
    try {
      HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url(path))).GET();
      for (int i = 0; i < headers.length; i += 2) {
        b.header(headers[i], headers[i + 1]);
      }
      return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static String createMeeting(String title, String kind) {
    Api.Reply created =
        coordinator.post("/coordinator/meetings", MeetingsApiIT.meeting(title, kind, "north-west"));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().path("id").asText();
  }

  private static String onlineMeeting(String title) {
    Map<String, Object> body = MeetingsApiIT.meeting(title, "DISCUSSION", "north-west");
    body.put("online", true);
    body.put("conferenceUrl", "https://meet.example.org/" + System.nanoTime());
    Api.Reply created = coordinator.post("/coordinator/meetings", body);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().path("id").asText();
  }

  private static JsonNode entry(JsonNode feed, String slug) {
    for (JsonNode m : feed) {
      if (m.path("slug").asText().equals(slug)) {
        return m;
      }
    }
    throw new AssertionError("Not in the feed: " + slug);
  }

  private static LocalDate nextTuesday() {
    return LocalDate.now(ZoneId.of("Europe/London"))
        .with(TemporalAdjusters.next(DayOfWeek.TUESDAY));
  }

  @Test
  void theFeedListsMeetingsInTheMeetingGuideFormatAndNeverALeadersName() throws IOException {
    Person leader = Credentialed.active(server, "FACILITATOR", "Felicity Feedname");
    String inPerson = createMeeting("Feed in person " + System.nanoTime(), "FOUR_POINT");
    assertThat(
            coordinator
                .put(
                    "/coordinator/meetings/" + inPerson + "/leader",
                    Map.of("accountId", leader.id()))
                .status())
        .isEqualTo(200);
    String online = onlineMeeting("Feed online " + System.nanoTime());

    HttpResponse<String> reply = get("/api/v1/meetings/feed.json");

    assertThat(reply.statusCode()).isEqualTo(200);
    assertThat(reply.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/json");
    assertThat(reply.headers().firstValue("ETag")).isPresent();
    assertThat(reply.headers().firstValue("Last-Modified")).isPresent();
    assertThat(reply.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
    assertThat(reply.body()).doesNotContain("Felicity", "Feedname", leader.email(), leader.id());
    JsonNode feed = JSON.readTree(reply.body());
    JsonNode led = entry(feed, inPerson);
    assertThat(led.path("day").asInt()).as("Tuesday, counted from Sunday").isEqualTo(2);
    assertThat(led.path("time").asText()).isEqualTo("19:00");
    assertThat(led.path("end_time").asText()).isEqualTo("20:30");
    assertThat(led.path("attendance_option").asText()).isEqualTo("in_person");
    assertThat(led.path("formatted_address").asText()).isEqualTo("Preston");
    assertThat(led.path("region").asText()).isEqualTo("North West");
    assertThat(led.path("url").asText()).endsWith("/meetings/" + inPerson);
    assertThat(led.path("types").toString()).contains("\"FA-4POINT\"", "\"FA-CERTIFIED\"", "\"O\"");
    JsonNode remote = entry(feed, online);
    assertThat(remote.path("attendance_option").asText()).isEqualTo("online");
    assertThat(remote.path("conference_url").asText()).startsWith("https://meet.example.org/");
    assertThat(remote.path("types").toString()).contains("\"ONL\"", "\"D\"");

    HttpResponse<String> root = get("/meetings.json");
    assertThat(root.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(root.body()).size()).isEqualTo(feed.size());
  }

  @Test
  void anUnchangedFeedAnswers304AndACancellationChangesItsETagAndUpdated() throws IOException {
    String id = createMeeting("Feed cache " + System.nanoTime(), "FOUR_POINT");
    HttpResponse<String> first = get("/api/v1/meetings/feed.json");
    String etag = first.headers().firstValue("ETag").orElseThrow();
    String updated = entry(JSON.readTree(first.body()), id).path("updated").asText();

    HttpResponse<String> again = get("/api/v1/meetings/feed.json", "If-None-Match", etag);
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();

    Api.Reply cancelled =
        coordinator.post(
            "/coordinator/meetings/" + id + "/cancellations",
            Map.of("date", nextTuesday().plusWeeks(1).toString(), "note", "Hall booked"));
    assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(201);

    HttpResponse<String> changed = get("/api/v1/meetings/feed.json", "If-None-Match", etag);
    assertThat(changed.statusCode()).isEqualTo(200);
    assertThat(changed.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);
    JsonNode after = entry(JSON.readTree(changed.body()), id);
    assertThat(after.path("updated").asText()).isGreaterThanOrEqualTo(updated);
    assertThat(after.path("cancellations").get(0).path("date").asText())
        .isEqualTo(nextTuesday().plusWeeks(1).toString());
    assertThat(after.path("notes").asText()).contains("Hall booked");
  }

  @Test
  void aMeetingsCalendarParsesAndHasItsCancelledDayAsAnExdate() throws Exception {
    String id = createMeeting("Calendar " + System.nanoTime(), "FOUR_POINT");
    LocalDate off = nextTuesday();
    assertThat(
            coordinator
                .post(
                    "/coordinator/meetings/" + id + "/cancellations",
                    Map.of("date", off.toString()))
                .status())
        .isEqualTo(201);

    for (String path : List.of("/api/v1/meetings/" + id + ".ics", "/meetings/" + id + ".ics")) {
      HttpResponse<String> ics = get(path);
      assertThat(ics.statusCode()).as(path).isEqualTo(200);
      assertThat(ics.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
      Calendar calendar = new CalendarBuilder().build(new StringReader(ics.body()));
      List<VEvent> events = calendar.getComponents("VEVENT");
      assertThat(events).hasSize(1);
      assertThat(ics.body())
          .contains("RRULE:FREQ=WEEKLY;BYDAY=TU", "BEGIN:VTIMEZONE")
          .contains("EXDATE;TZID=Europe/London:" + off.toString().replace("-", "") + "T190000");
    }
    HttpResponse<String> region = get("/api/v1/meetings/calendar.ics?region=north-west");
    assertThat(region.statusCode()).isEqualTo(200);
    assertThat(region.body()).contains(id + "@").doesNotContain("Mentor M.");
    assertThat(get("/api/v1/meetings/no-such-meeting.ics").statusCode()).isEqualTo(404);
  }

  @Test
  void aCoordinatorOfAnotherRegionCannotCancelAMeetingAndLearnsNothingOfIt() {
    String id = createMeeting("Not yours " + System.nanoTime(), "FOUR_POINT");
    Api scotland = Api.as(server, "coordinator.scotland@demo.academy", Accounts.PASSWORD);

    Api.Reply refused =
        scotland.post(
            "/coordinator/meetings/" + id + "/cancellations",
            Map.of("date", nextTuesday().toString()));
    assertThat(refused.status()).isEqualTo(404);
    assertThat(
            scotland
                .delete("/coordinator/meetings/" + id + "/cancellations/" + nextTuesday())
                .status())
        .isEqualTo(404);
    assertThat(
            Api.anonymous(server)
                .post(
                    "/coordinator/meetings/" + id + "/cancellations",
                    Map.of("date", nextTuesday().toString()))
                .status())
        .isEqualTo(401);
  }

  @Test
  void cancellingADayItDoesNotMeetOrAPastDayIsRefusedAndACancellationCanBeTakenBack() {
    String id = createMeeting("Rules " + System.nanoTime(), "FOUR_POINT");
    String path = "/coordinator/meetings/" + id + "/cancellations";

    Api.Reply wednesday =
        coordinator.post(path, Map.of("date", nextTuesday().plusDays(1).toString()));
    assertThat(wednesday.status()).isEqualTo(422);
    assertThat(wednesday.error()).isEqualTo("not-an-occurrence");
    Api.Reply past = coordinator.post(path, Map.of("date", nextTuesday().minusWeeks(2).toString()));
    assertThat(past.status()).isEqualTo(422);
    assertThat(past.error()).isEqualTo("date-passed");
    assertThat(coordinator.post(path, Map.of("date", "next tuesday")).status()).isEqualTo(400);

    assertThat(coordinator.post(path, Map.of("date", nextTuesday().toString())).status())
        .isEqualTo(201);
    assertThat(coordinator.delete(path + "/" + nextTuesday()).status()).isEqualTo(204);
    assertThat(coordinator.delete(path + "/" + nextTuesday()).status()).isEqualTo(404);
    assertThat(coordinator.get("/coordinator/meetings/" + id).json().path("cancellations").size())
        .isZero();

    Api.Reply audit =
        Api.as(server, Accounts.ADMIN, Accounts.PASSWORD)
            .get("/admin/audit?from=" + java.time.Instant.now().minusSeconds(300));
    List<String> actions = new java.util.ArrayList<>();
    audit
        .json()
        .forEach(
            e -> {
              if (e.path("subject").asText().equals(id)) {
                actions.add(e.path("action").asText() + " " + e.path("details").asText());
              }
            });
    assertThat(actions)
        .contains(
            "meeting.occurrence-cancelled " + nextTuesday(),
            "meeting.occurrence-restored " + nextTuesday());
  }

  @Test
  void anOnlineMeetingNeedsAnHttpsLinkAndATemporarilyClosedOneIsInactiveInTheFeed()
      throws IOException {
    Map<String, Object> body =
        MeetingsApiIT.meeting("No link " + System.nanoTime(), "DISCUSSION", "north-west");
    body.put("online", true);
    Api.Reply noLink = coordinator.post("/coordinator/meetings", body);
    assertThat(noLink.status()).isEqualTo(422);
    assertThat(noLink.error()).isEqualTo("invalid-conference-url");
    body.put("conferenceUrl", "http://meet.example.org/plain");
    assertThat(coordinator.post("/coordinator/meetings", body).error())
        .isEqualTo("invalid-conference-url");

    String id = onlineMeeting("Closing for now " + System.nanoTime());
    Api.Reply closed =
        coordinator.post(
            "/coordinator/meetings/" + id + "/status",
            Map.of("status", "TEMPORARILY_CLOSED", "note", "Back in the new year"));
    assertThat(closed.status()).as(closed.body()).isEqualTo(200);
    assertThat(closed.json().path("statusNote").asText()).isEqualTo("Back in the new year");

    JsonNode entry = entry(JSON.readTree(get("/api/v1/meetings/feed.json").body()), id);
    assertThat(entry.path("attendance_option").asText()).isEqualTo("inactive");
    assertThat(entry.path("types").toString()).contains("\"TC\"");
    assertThat(entry.path("notes").asText()).contains("Back in the new year");

    assertThat(
            coordinator
                .post("/coordinator/meetings/" + id + "/status", Map.of("status", "ACTIVE"))
                .json()
                .path("status")
                .asText())
        .isEqualTo("ACTIVE");
  }

  @Test
  void theFinderAndAMeetingPageOpenNoSessionForAVisitor() {
    String id = onlineMeeting("Stateless " + System.nanoTime());

    for (String path :
        List.of("/meetings", "/meetings?day=TUESDAY&attendance=online", "/meetings/" + id)) {
      HttpResponse<String> page = get(path);
      assertThat(page.statusCode()).as(path).isEqualTo(200);
      assertThat(page.headers().allValues("Set-Cookie")).as(path).isEmpty();
    }
    assertThat(get("/meetings/" + id).body()).contains("Add to calendar", ".ics");
    HttpResponse<String> unknown = get("/meetings/no-such-meeting");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.headers().allValues("Set-Cookie")).isEmpty();
    // What a browser asks for by itself, answered by the same stateless 404 page.
    assertThat(get("/favicon.ico").headers().allValues("Set-Cookie")).isEmpty();
  }
}
