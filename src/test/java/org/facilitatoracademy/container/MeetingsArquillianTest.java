package org.facilitatoracademy.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.facilitatoracademy.facilitation.application.DailyLapseCheck;
import org.facilitatoracademy.facilitation.domain.MeetingRepository;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Meeting leaders against time, inside a real Payara Micro with a clock the test moves: the grace
 * period after expiry and the daily check that ends it. People get their credentials only through
 * certification's own API (the CSV import), over HTTP to this same server.
 */
@ExtendWith(ArquillianExtension.class)
class MeetingsArquillianTest {

  private static final String ADMIN = "admin@demo.academy";
  private static final String COORDINATOR = "coordinator@demo.academy";
  private static final String DEMO_PASSWORD = "demo-password-1";
  private static final String PASSWORD = "long quiet evening";

  @Deployment
  static WebArchive deployment() {
    return ShrinkWrap.createFromZipFile(
            WebArchive.class, new File("target/facilitator-academy.war"))
        .addClasses(MeetingsArquillianTest.class, AdjustableClock.class, OutboxSearch.class);
  }

  @Inject private AdjustableClock clock;
  @Inject private Clock appClock;
  @Inject private MeetingRepository meetings;
  @Inject private HttpServletRequest runnerRequest;
  @EJB private DailyLapseCheck dailyCheck;
  @EJB private OutboxSearch outbox;

  private final HttpClient http = HttpClient.newHttpClient();

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  @Test
  void duringTheGracePeriodALeaderKeepsTheirMeetingButCannotBeGivenANewOne() {
    LocalDate today = LocalDate.now(appClock);
    String leader = facilitatorExpiringOn(today.plusDays(10), "Grace G.");
    String kept = createMeeting("Kept " + System.nanoTime());
    String refused = createMeeting("Refused " + System.nanoTime());
    assertEquals(200, assign(kept, leader).status());

    clock.advance(Duration.ofDays(15));

    Reply newOne = assign(refused, leader);
    assertEquals(422, newOne.status());
    assertEquals("not-certified", newOne.object().getString("error"));
    dailyCheck.run();
    JsonObject meeting =
        call("GET", "/coordinator/meetings/" + kept, COORDINATOR, DEMO_PASSWORD, null).object();
    assertEquals(leader, meeting.getJsonObject("leader").getString("accountId"));
    assertTrue(publicEntry(kept).getBoolean("ledByCertifiedLeader"));
  }

  @Test
  void whenTheGracePeriodEndsTheDailyCheckEndsTheDutyAndTellsTheCoordinator() {
    LocalDate today = LocalDate.now(appClock);
    String leader = facilitatorExpiringOn(today.plusDays(10), "Lapse L.");
    String title = "Lapsing " + System.nanoTime();
    String meetingId = createMeeting(title);
    assertEquals(200, assign(meetingId, leader).status());

    clock.advance(Duration.ofDays(10 + 30 + 1));
    dailyCheck.run();

    JsonObject meeting =
        call("GET", "/coordinator/meetings/" + meetingId, COORDINATOR, DEMO_PASSWORD, null)
            .object();
    assertTrue(meeting.getBoolean("needsLeader"));
    assertFalse(meeting.containsKey("leader"));
    assertFalse(publicEntry(meetingId).getBoolean("ledByCertifiedLeader"));
    List<String> mails = outbox.mailsTo(COORDINATOR, "Lapse L. no longer leads \"" + title + "\"");
    assertEquals(1, mails.size(), mails.toString());
    assertTrue(mails.get(0).startsWith("Meeting \"" + title + "\" needs a leader"), mails.get(0));
  }

  @Test
  void theDailyCheckClaimsEachMeetingOnceADay() {
    String leader = facilitatorExpiringOn(LocalDate.now(appClock).plusYears(1), "Steady S.");
    String meetingId = createMeeting("Checked " + System.nanoTime());
    assertEquals(200, assign(meetingId, leader).status());
    Long id = meetings.findByPublicId(meetingId).orElseThrow().id();
    LocalDate today = LocalDate.now(appClock);
    assertTrue(meetings.uncheckedWithDuties(today, 10_000).contains(id));

    dailyCheck.run();

    assertFalse(meetings.uncheckedWithDuties(today, 10_000).contains(id));
    assertEquals(0, dailyCheck.run(), "a second run on the same day finds nothing to do");
    assertTrue(
        meetings.uncheckedWithDuties(today.plusDays(1), 10_000).contains(id),
        "the next day it is due again");
  }

  /** A North West account with an imported FACILITATOR certificate expiring on that day. */
  private String facilitatorExpiringOn(LocalDate expiresOn, String displayName) {
    String email = "arq-meetings-" + System.nanoTime() + "@example.org";
    Reply created =
        call(
            "POST",
            "/admin/accounts",
            ADMIN,
            DEMO_PASSWORD,
            Json.createObjectBuilder()
                .add("email", email)
                .add("password", PASSWORD)
                .add("displayName", displayName)
                .add("region", "north-west")
                .add("roles", Json.createArrayBuilder())
                .build()
                .toString());
    assertEquals(201, created.status(), created.body());
    String csv =
        String.join(
            ",",
            email,
            displayName,
            "north-west",
            "FACILITATOR",
            expiresOn.minusYears(2).toString(),
            expiresOn.toString());
    Reply imported =
        send("POST", "/admin/certificates/import", ADMIN, DEMO_PASSWORD, csv, "text/csv");
    assertEquals(1, imported.object().getInt("imported"), imported.body());
    return created.object().getString("id");
  }

  private String createMeeting(String title) {
    Reply created =
        call(
            "POST",
            "/coordinator/meetings",
            COORDINATOR,
            DEMO_PASSWORD,
            Json.createObjectBuilder()
                .add("title", title)
                .add("kind", "FOUR_POINT")
                .add(
                    "schedule",
                    Json.createObjectBuilder()
                        .add("weekday", "SUNDAY")
                        .add("time", "17:00")
                        .add("timeZone", "Europe/London"))
                .add("online", true)
                .add("conferenceUrl", "https://meet.example.org/sunday")
                .build()
                .toString());
    assertEquals(201, created.status(), created.body());
    return created.object().getString("id");
  }

  private Reply assign(String meetingId, String accountId) {
    return call(
        "PUT",
        "/coordinator/meetings/" + meetingId + "/leader",
        COORDINATOR,
        DEMO_PASSWORD,
        Json.createObjectBuilder().add("accountId", accountId).build().toString());
  }

  private JsonObject publicEntry(String meetingId) {
    for (JsonValue v : call("GET", "/meetings?region=north-west", null, null, null).array()) {
      if (v.asJsonObject().getString("id").equals(meetingId)) {
        return v.asJsonObject();
      }
    }
    throw new AssertionError("Not in the public list: " + meetingId);
  }

  private record Reply(int status, String body) {
    JsonObject object() {
      return Json.createReader(new StringReader(body)).readObject();
    }

    JsonArray array() {
      return Json.createReader(new StringReader(body)).readArray();
    }
  }

  private Reply call(String method, String path, String user, String password, String json) {
    return send(method, path, user, password, json, "application/json");
  }

  /** This server, reached the way clients reach it: the port of the request running the test. */
  private Reply send(
      String method, String path, String user, String password, String body, String type) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(
                URI.create("http://localhost:" + runnerRequest.getLocalPort() + "/api/v1" + path))
            .header("Content-Type", type)
            .header("Accept", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (user != null) {
      request.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder()
                  .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
