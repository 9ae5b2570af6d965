package org.facilitatoracademy.facilitation.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.facilitatoracademy.facilitation.api.PublicMeetings.cancelled;
import static org.facilitatoracademy.facilitation.api.PublicMeetings.onDates;
import static org.facilitatoracademy.facilitation.api.PublicMeetings.weekly;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.facilitatoracademy.facilitation.application.PublicMeeting;
import org.facilitatoracademy.facilitation.domain.MeetingKind;
import org.facilitatoracademy.facilitation.domain.MeetingStatus;
import org.facilitatoracademy.facilitation.domain.Venue;
import org.junit.jupiter.api.Test;

class MeetingGuideFeedTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Instant UPDATED = Instant.parse("2026-02-01T12:34:56Z");
  private static final LocalDate TODAY = LocalDate.parse("2026-02-02");

  private final MeetingGuideFeed feed =
      new MeetingGuideFeed(
          "https://academy.example.org",
          Map.of("north-west", "North West", "scotland", "Scotland"));

  private final List<PublicMeeting> meetings =
      List.of(
          weekly(
              "in-person-1",
              MeetingKind.FOUR_POINT,
              DayOfWeek.SUNDAY,
              LocalTime.of(19, 0),
              Venue.inPerson("Manchester", "Community Hall, 12 Example Street, Manchester"),
              MeetingStatus.ACTIVE,
              true,
              List.of(cancelled("2026-02-15", "Hall closed"), cancelled("2026-01-04", null)),
              UPDATED),
          weekly(
              "online-1",
              MeetingKind.DISCUSSION,
              DayOfWeek.SATURDAY,
              LocalTime.of(8, 5),
              Venue.forOnlineMeeting("https://meet.example.org/room-1"),
              MeetingStatus.ACTIVE,
              false,
              List.of(),
              UPDATED),
          weekly(
              "hybrid-1",
              MeetingKind.FOUR_POINT,
              DayOfWeek.MONDAY,
              LocalTime.of(23, 0),
              Venue.hybrid("Leeds", null, "https://meet.example.org/room-2"),
              MeetingStatus.ACTIVE,
              true,
              List.of(),
              UPDATED),
          weekly(
              "closed-for-now",
              MeetingKind.DISCUSSION,
              DayOfWeek.WEDNESDAY,
              LocalTime.of(18, 30),
              Venue.inPerson("Glasgow"),
              MeetingStatus.TEMPORARILY_CLOSED,
              false,
              List.of(),
              UPDATED),
          onDates("dated-1", List.of(LocalDate.parse("2026-03-07")), LocalTime.of(10, 30)));

  private JsonNode body() throws IOException {
    return JSON.readTree(JSON.writeValueAsBytes(feed.entries(meetings, TODAY)));
  }

  @Test
  void theFeedKeepsTheRulesOfTheMeetingGuideFormat() throws IOException {
    Schema schema;
    try (InputStream in = getClass().getResourceAsStream("/meeting-guide/feed.schema.json")) {
      schema =
          SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
              .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
    }
    List<Error> errors = schema.validate(JSON.writeValueAsString(body()), InputFormat.JSON);

    assertThat(errors).isEmpty();
  }

  @Test
  void theSchemaRefusesWhatTheFormatForbids() throws IOException {
    Schema schema;
    try (InputStream in = getClass().getResourceAsStream("/meeting-guide/feed.schema.json")) {
      schema =
          SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
              .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
    }
    String bad =
        "[{\"name\":\"x\",\"slug\":\"a b\",\"day\":7,\"time\":\"7pm\",\"end_time\":\"20:00\","
            + "\"timezone\":\"Europe/London\",\"types\":[\"ZZ\"],\"region\":\"r\","
            + "\"updated\":\"2026-01-01\",\"url\":\"https://x\",\"attendance_option\":\"online\"}]";

    assertThat(schema.validate(bad, InputFormat.JSON))
        .extracting(Error::getInstanceLocation)
        .map(Object::toString)
        .contains("/0/slug", "/0/day", "/0/time", "/0/types/0", "/0/updated");
  }

  @Test
  void daysCountFromSundayAndTimesAreHoursAndMinutes() throws IOException {
    JsonNode body = body();

    assertThat(body.get(0).get("day").asInt()).as("Sunday").isZero();
    assertThat(body.get(1).get("day").asInt()).as("Saturday").isEqualTo(6);
    assertThat(body.get(1).get("time").asText()).isEqualTo("08:05");
    assertThat(body.get(0).get("end_time").asText()).as("90 minutes").isEqualTo("20:30");
    assertThat(body.get(2).get("end_time").asText()).as("past midnight").isEqualTo("00:30");
    assertThat(body.get(0).get("timezone").asText()).isEqualTo("Europe/London");
    assertThat(body.get(0).get("updated").asText()).isEqualTo("2026-02-01 12:34:56");
  }

  @Test
  void typesSayOpenSecularKindOnlineAndCertifiedLeader() throws IOException {
    JsonNode body = body();

    assertThat(codes(body.get(0))).containsExactly("O", "A", "FA-4POINT", "FA-CERTIFIED");
    assertThat(codes(body.get(1))).containsExactly("O", "A", "D", "ONL");
    assertThat(codes(body.get(2))).containsExactly("O", "A", "FA-4POINT", "ONL", "FA-CERTIFIED");
    assertThat(codes(body.get(3))).contains("TC");
  }

  @Test
  void attendanceAndPlaceFollowTheVenueNeverFinerThanIt() throws IOException {
    JsonNode body = body();

    JsonNode inPerson = body.get(0);
    assertThat(inPerson.get("attendance_option").asText()).isEqualTo("in_person");
    assertThat(inPerson.get("formatted_address").asText())
        .isEqualTo("Community Hall, 12 Example Street, Manchester");
    assertThat(inPerson.get("approximate").asText()).isEqualTo("no");
    assertThat(inPerson.has("conference_url")).isFalse();
    JsonNode online = body.get(1);
    assertThat(online.get("attendance_option").asText()).isEqualTo("online");
    assertThat(online.get("conference_url").asText()).isEqualTo("https://meet.example.org/room-1");
    assertThat(online.has("formatted_address")).isFalse();
    assertThat(online.get("region").asText()).isEqualTo("North West");
    assertThat(body.get(2).get("attendance_option").asText()).isEqualTo("hybrid");
    JsonNode cityOnly = body.get(3);
    assertThat(cityOnly.get("formatted_address").asText()).isEqualTo("Glasgow");
    assertThat(cityOnly.get("approximate").asText()).isEqualTo("yes");
    assertThat(cityOnly.get("attendance_option").asText()).isEqualTo("inactive");
    assertThat(cityOnly.get("notes").asText()).contains("Back in spring");
  }

  @Test
  void comingCancellationsAreListedAndPastOnesAreNot() throws IOException {
    JsonNode inPerson = body().get(0);

    assertThat(inPerson.get("cancellations")).hasSize(1);
    assertThat(inPerson.get("cancellations").get(0).get("date").asText()).isEqualTo("2026-02-15");
    assertThat(inPerson.get("notes").asText()).contains("2026-02-15", "Hall closed");
  }

  @Test
  void meetingsOnSingleDatesAreLeftOutBecauseTheFormatIsForWeeklyMeetings() throws IOException {
    assertThat(body()).hasSize(4);
    assertThat(body().findValuesAsText("slug")).doesNotContain("dated-1");
  }

  private static List<String> codes(JsonNode meeting) {
    return JSON.convertValue(
        meeting.get("types"),
        JSON.getTypeFactory().constructCollectionType(List.class, String.class));
  }
}
