package org.facilitatoracademy.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.facilitatoracademy.it.Credentialed.Person;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Meetings and their leaders through the REST API (CONTRACT "Meetings"). */
class MeetingsApiIT {

  private static TestServer server;
  private static Api coordinator;

  @BeforeAll
  static void start() {
    server = TestServer.shared();
    coordinator = Api.as(server, Accounts.COORDINATOR, Accounts.PASSWORD);
  }

  private static String unique(String title) {
    return title + " " + System.nanoTime();
  }

  static Map<String, Object> meeting(String title, String kind, String region) {
    Map<String, Object> body = new HashMap<>();
    body.put("title", title);
    body.put("kind", kind);
    body.put("region", region);
    body.put(
        "schedule", Map.of("weekday", "TUESDAY", "time", "19:00", "timeZone", "Europe/London"));
    body.put("online", false);
    body.put("city", "Preston");
    return body;
  }

  /** Creates a meeting as the North West coordinator; returns its id. */
  static String createMeeting(String title, String kind) {
    Api.Reply created =
        coordinator.post("/coordinator/meetings", meeting(title, kind, "north-west"));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().path("id").asText();
  }

  static Api.Reply assign(String meetingId, Person leader) {
    return coordinator.put(
        "/coordinator/meetings/" + meetingId + "/leader", Map.of("accountId", leader.id()));
  }

  static JsonNode publicEntry(String region, String meetingId) {
    for (JsonNode m : Api.anonymous(server).get("/meetings?region=" + region).json()) {
      if (m.path("id").asText().equals(meetingId)) {
        return m;
      }
    }
    throw new AssertionError("Meeting " + meetingId + " is not in the public list of " + region);
  }

  @Test
  void aCoordinatorCreatesAMeetingInTheirRegionWhichNeedsALeader() {
    String title = unique("Preston Tuesday");
    Api.Reply created =
        coordinator.post("/coordinator/meetings", meeting(title, "FOUR_POINT", "north-west"));

    assertThat(created.status()).isEqualTo(201);
    JsonNode m = created.json();
    assertThat(m.path("title").asText()).isEqualTo(title);
    assertThat(m.path("kind").asText()).isEqualTo("FOUR_POINT");
    assertThat(m.path("schedule").path("weekday").asText()).isEqualTo("TUESDAY");
    assertThat(m.path("schedule").path("time").asText()).isEqualTo("19:00");
    assertThat(m.path("schedule").path("timeZone").asText()).isEqualTo("Europe/London");
    assertThat(m.path("city").asText()).isEqualTo("Preston");
    assertThat(m.path("status").asText()).isEqualTo("ACTIVE");
    assertThat(m.path("needsLeader").asBoolean()).isTrue();
    assertThat(
            coordinator.get("/coordinator/meetings?needsLeader=true").json().findValuesAsText("id"))
        .contains(m.path("id").asText());
  }

  @Test
  void theCandidatesForLeadingAFourPointMeetingAreThePeopleWhoMayLeadItToday() {
    Person facilitator = Credentialed.active(server, "FACILITATOR", "Cand F.");
    Person host = Credentialed.active(server, "HOST", "Cand H.");
    Person suspended = Credentialed.withStatus(server, "FACILITATOR", "SUSPENDED", "Cand S.");
    Person trainee = Credentialed.trainee(server, "north-west", "Cand T.");
    String meetingId = createMeeting(unique("Candidates"), "FOUR_POINT");

    Api.Reply candidates =
        coordinator.get("/coordinator/meetings/" + meetingId + "/candidates?duty=LEADER");

    assertThat(candidates.status()).isEqualTo(200);
    List<String> ids = candidates.json().findValuesAsText("accountId");
    assertThat(ids).contains(facilitator.id());
    assertThat(ids).doesNotContain(host.id(), suspended.id(), trainee.id());
    for (JsonNode candidate : candidates.json()) {
      if (candidate.path("accountId").asText().equals(facilitator.id())) {
        assertThat(candidate.path("credential").asText()).isEqualTo("FACILITATOR");
      }
    }
  }

  @Test
  void aMeetingOnDatesKeepsItsDatesAndAnOnlineMeetingHasNoCity() {
    Map<String, Object> body = meeting(unique("Online dates"), "DISCUSSION", "north-west");
    body.put(
        "schedule",
        Map.of(
            "dates",
            List.of("2027-01-16", "2027-01-09"),
            "time",
            "10:30",
            "timeZone",
            "Europe/London"));
    body.put("online", true);
    body.put("conferenceUrl", "https://meet.example.org/online-dates");

    JsonNode m = coordinator.post("/coordinator/meetings", body).json();

    assertThat(m.path("schedule").path("dates").toString())
        .isEqualTo("[\"2027-01-09\",\"2027-01-16\"]");
    assertThat(m.path("schedule").has("weekday")).isFalse();
    assertThat(m.path("online").asBoolean()).isTrue();
    assertThat(m.has("city")).isFalse();
  }

  @Test
  void unreadableValuesAre400AndBrokenRulesAre422() {
    Map<String, Object> badTime = meeting("Bad time", "FOUR_POINT", "north-west");
    badTime.put(
        "schedule", Map.of("weekday", "TUESDAY", "time", "7pm", "timeZone", "Europe/London"));
    assertThat(coordinator.post("/coordinator/meetings", badTime).status()).isEqualTo(400);

    Map<String, Object> noCity = meeting("No city", "FOUR_POINT", "north-west");
    noCity.remove("city");
    Api.Reply refused = coordinator.post("/coordinator/meetings", noCity);
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.error()).isEqualTo("invalid-venue");
  }

  @Test
  void anActiveFacilitatorIsAssignedAndTheMeetingIsLedByACertifiedLeader() {
    Person facilitator = Credentialed.active(server, "FACILITATOR", "Fay F.");
    String meetingId = createMeeting(unique("Bolton Monday"), "FOUR_POINT");

    Api.Reply assigned = assign(meetingId, facilitator);

    assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
    assertThat(assigned.json().path("leader").path("accountId").asText())
        .isEqualTo(facilitator.id());
    assertThat(assigned.json().path("leader").path("credential").asText()).isEqualTo("FACILITATOR");
    assertThat(assigned.json().path("needsLeader").asBoolean()).isFalse();
    JsonNode listed = publicEntry("north-west", meetingId);
    assertThat(listed.path("ledByCertifiedLeader").asBoolean()).isTrue();
    assertThat(listed.toString())
        .as("the public list never names the leader")
        .doesNotContain(facilitator.id())
        .doesNotContain("Fay F.")
        .doesNotContain("leader\":");

    JsonNode mine = facilitator.api(server).get("/me/meetings").json();
    assertThat(mine.findValuesAsText("duty")).containsExactly("LEADER");
    assertThat(mine.get(0).path("meeting").path("id").asText()).isEqualTo(meetingId);
  }

  @Test
  void aTraineeIsNotCertified() {
    Person trainee = Credentialed.trainee(server, "north-west", "Tia T.");
    Api.Reply refused = assign(createMeeting(unique("Wigan"), "FOUR_POINT"), trainee);
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.error()).isEqualTo("not-certified");
    assertThat(refused.json().path("message").asText())
        .contains("needs an Active FACILITATOR credential");
    assertThat(refused.json().path("unmet").toString()).contains("credential:FACILITATOR");
  }

  @Test
  void suspendedInactiveAndRevokedHoldersAreNotCertified() {
    String meetingId = createMeeting(unique("Stockport"), "FOUR_POINT");
    for (String status : List.of("SUSPENDED", "INACTIVE", "REVOKED")) {
      Person holder = Credentialed.withStatus(server, "FACILITATOR", status, "Sid S.");
      Api.Reply refused = assign(meetingId, holder);
      assertThat(refused.status()).as(status).isEqualTo(422);
      assertThat(refused.error()).as(status).isEqualTo("not-certified");
      assertThat(refused.json().path("message").asText()).contains("credential is " + status);
    }
  }

  @Test
  void anExpiredHolderIsNotCertifiedEvenDuringTheGracePeriod() {
    String meetingId = createMeeting(unique("Blackpool"), "FOUR_POINT");
    Person longExpired =
        Credentialed.expired(server, "FACILITATOR", LocalDate.now().minusMonths(3), "Ed E.");
    Person inGrace =
        Credentialed.expired(server, "FACILITATOR", LocalDate.now().minusDays(5), "Gil G.");

    Api.Reply refused = assign(meetingId, longExpired);
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.error()).isEqualTo("not-certified");

    Api.Reply inGraceRefused = assign(meetingId, inGrace);
    assertThat(inGraceRefused.status()).isEqualTo(422);
    assertThat(inGraceRefused.error()).isEqualTo("not-certified");
    assertThat(inGraceRefused.json().path("message").asText())
        .contains("grace period they keep the meetings they lead but cannot be given new ones");
  }

  @Test
  void aHostMayNotLeadAFourPointMeeting() {
    Person host = Credentialed.active(server, "HOST", "Hal H.");
    Api.Reply refused = assign(createMeeting(unique("Oldham"), "FOUR_POINT"), host);
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.error()).isEqualTo("not-certified");
  }

  @Test
  void aHostLeadsADiscussionOnlyUnderAMentorWithAnActiveFacilitatorCredential() {
    Person host = Credentialed.active(server, "HOST", "Hana H.");
    Person suspendedMentor = Credentialed.withStatus(server, "FACILITATOR", "SUSPENDED", "Sue S.");
    Person mentor = Credentialed.active(server, "FACILITATOR", "Mo M.");
    String meetingId = createMeeting(unique("Lancaster discussion"), "DISCUSSION");
    String path = "/coordinator/meetings/" + meetingId + "/leader";

    Api.Reply alone = coordinator.put(path, Map.of("accountId", host.id()));
    assertThat(alone.status()).isEqualTo(422);
    assertThat(alone.error()).isEqualTo("mentor-required");

    Api.Reply badMentor =
        coordinator.put(
            path, Map.of("accountId", host.id(), "mentorAccountId", suspendedMentor.id()));
    assertThat(badMentor.status()).isEqualTo(422);
    assertThat(badMentor.error()).isEqualTo("mentor-required");

    Api.Reply accepted =
        coordinator.put(path, Map.of("accountId", host.id(), "mentorAccountId", mentor.id()));
    assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
    assertThat(accepted.json().path("leader").path("credential").asText()).isEqualTo("HOST");
    assertThat(accepted.json().path("mentor").path("accountId").asText()).isEqualTo(mentor.id());
    assertThat(accepted.json().path("ledByCertifiedLeader").asBoolean()).isTrue();
  }

  @Test
  void coLeadersFollowTheLeadersRuleAndLeadersCanBeTakenOff() {
    Person leader = Credentialed.active(server, "FACILITATOR", "Lee L.");
    Person coLeader = Credentialed.active(server, "FACILITATOR", "Cole C.");
    Person host = Credentialed.active(server, "HOST", "Hope H.");
    String meetingId = createMeeting(unique("Burnley"), "FOUR_POINT");
    assertThat(assign(meetingId, leader).status()).isEqualTo(200);
    String coLeaders = "/coordinator/meetings/" + meetingId + "/co-leaders";

    Api.Reply refused = coordinator.post(coLeaders, Map.of("accountId", host.id()));
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.error()).isEqualTo("not-certified");

    Api.Reply added = coordinator.post(coLeaders, Map.of("accountId", coLeader.id()));
    assertThat(added.status()).isEqualTo(200);
    assertThat(added.json().path("coLeaders").findValuesAsText("accountId"))
        .containsExactly(coLeader.id());

    assertThat(coordinator.delete(coLeaders + "/" + coLeader.id()).status()).isEqualTo(204);
    assertThat(coordinator.delete("/coordinator/meetings/" + meetingId + "/leader").status())
        .isEqualTo(204);
    JsonNode after = coordinator.get("/coordinator/meetings/" + meetingId).json();
    assertThat(after.path("needsLeader").asBoolean()).isTrue();
    assertThat(after.path("coLeaders")).isEmpty();

    JsonNode history = coordinator.get("/coordinator/meetings/" + meetingId + "/history").json();
    assertThat(history.findValuesAsText("endReason")).containsOnly("REMOVED");
    assertThat(history.findValuesAsText("displayName")).contains("Lee L.", "Cole C.");
  }

  @Test
  void revokingALeadersCertificateEndsTheAssignmentMailsTheCoordinatorAndFlipsThePublicList() {
    Person leader = Credentialed.active(server, "FACILITATOR", "Rev R.");
    String title = unique("Salford Friday");
    String meetingId = createMeeting(title, "FOUR_POINT");
    assertThat(assign(meetingId, leader).status()).isEqualTo(200);
    assertThat(publicEntry("north-west", meetingId).path("ledByCertifiedLeader").asBoolean())
        .isTrue();

    Credentialed.setStatus(server, Credentialed.certificateOf(server, leader), "REVOKED");

    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () -> !publicEntry("north-west", meetingId).path("ledByCertifiedLeader").asBoolean());
    JsonNode meeting = coordinator.get("/coordinator/meetings/" + meetingId).json();
    assertThat(meeting.path("needsLeader").asBoolean()).isTrue();
    assertThat(meeting.has("leader")).isFalse();
    JsonNode history = coordinator.get("/coordinator/meetings/" + meetingId + "/history").json();
    assertThat(history.get(0).path("endReason").asText()).isEqualTo("LAPSED");
    assertThat(leader.api(server).get("/me/meetings").json()).isEmpty();

    String mail =
        Mailbox.shared()
            .awaitMessage(Accounts.COORDINATOR, "Meeting \"" + title + "\" needs a leader");
    assertThat(mail)
        .contains("Rev R. no longer leads")
        .contains("/facilitation/coordinator/meeting.xhtml?id=" + meetingId);
    assertThat(mail).as("the reason stays in certification's record").doesNotContain("REVOKED");
    assertThat(Mailbox.shared().count("coordinator.scotland@demo.academy", title)).isZero();
  }

  @Test
  void aLeaderTakingLeaveStopsLeadingAtOnce() {
    Person leader = Credentialed.active(server, "FACILITATOR", "Lea L.");
    String meetingId = createMeeting(unique("Warrington"), "FOUR_POINT");
    assertThat(assign(meetingId, leader).status()).isEqualTo(200);

    Api.Reply leave =
        leader
            .api(server)
            .post(
                "/me/certificates/" + Credentialed.certificateOf(server, leader) + "/leave",
                Map.of("onLeave", true));
    assertThat(leave.status()).as(leave.body()).isEqualTo(200);

    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                coordinator
                    .get("/coordinator/meetings/" + meetingId)
                    .json()
                    .path("needsLeader")
                    .asBoolean());
  }

  @Test
  void aCoordinatorOfAnotherRegionCannotCreateOrAssignThere() {
    Api scotland = Api.as(server, "coordinator.scotland@demo.academy", Accounts.PASSWORD);
    Api.Reply created =
        scotland.post(
            "/coordinator/meetings", meeting(unique("Not yours"), "FOUR_POINT", "north-west"));
    assertThat(created.status()).isEqualTo(403);
    assertThat(created.error()).isEqualTo("other-region");

    String meetingId = createMeeting(unique("Chorley"), "FOUR_POINT");
    Person facilitator = Credentialed.active(server, "FACILITATOR", "Nora N.");
    Api.Reply assigned =
        scotland.put(
            "/coordinator/meetings/" + meetingId + "/leader",
            Map.of("accountId", facilitator.id()));
    assertThat(assigned.status()).isEqualTo(403);
    assertThat(assigned.error()).isEqualTo("other-region");
    assertThat(scotland.get("/coordinator/meetings/" + meetingId + "/history").status())
        .isEqualTo(403);
    assertThat(scotland.get("/coordinator/meetings").json().findValuesAsText("region"))
        .containsOnly("scotland");
  }

  @Test
  void onlyCoordinatorsKeepMeetings() {
    Api trainee = Api.as(server, Accounts.TRAINEE, Accounts.PASSWORD);
    assertThat(
            trainee
                .post("/coordinator/meetings", meeting("Mine", "FOUR_POINT", "north-west"))
                .status())
        .isEqualTo(403);
    assertThat(
            Api.anonymous(server)
                .post("/coordinator/meetings", meeting("Mine", "FOUR_POINT", "north-west"))
                .status())
        .isEqualTo(401);
    assertThat(Api.anonymous(server).get("/me/meetings").status()).isEqualTo(401);
  }

  @Test
  void theDemoMentorLeadsAMeetingAndScotlandHasItsOwnMeetings() {
    JsonNode northWest = Api.anonymous(server).get("/meetings?region=north-west").json();
    assertThat(northWest.findValuesAsText("title")).contains("Manchester Monday 4-Point");
    JsonNode scotland = Api.anonymous(server).get("/meetings?region=scotland").json();
    assertThat(scotland.findValuesAsText("region")).containsOnly("scotland");
    assertThat(scotland.findValuesAsText("title"))
        .contains("Glasgow Thursday 4-Point", "Edinburgh Saturday discussions");
    JsonNode mine =
        Api.as(server, "mentor@demo.academy", Accounts.PASSWORD).get("/me/meetings").json();
    assertThat(mine.findValuesAsText("title")).contains("Manchester Monday 4-Point");
  }
}
