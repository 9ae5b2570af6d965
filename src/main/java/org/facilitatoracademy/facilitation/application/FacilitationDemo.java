package org.facilitatoracademy.facilitation.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.facilitatoracademy.audit.application.AuditLog;
import org.facilitatoracademy.facilitation.domain.CredentialRegister;
import org.facilitatoracademy.facilitation.domain.Eligibility;
import org.facilitatoracademy.facilitation.domain.Meeting;
import org.facilitatoracademy.facilitation.domain.MeetingKind;
import org.facilitatoracademy.facilitation.domain.MeetingRepository;
import org.facilitatoracademy.facilitation.domain.Schedule;
import org.facilitatoracademy.facilitation.domain.Venue;
import org.facilitatoracademy.identity.application.AccountService;
import org.facilitatoracademy.identity.application.AccountView;

/**
 * The demo's meetings: a few in North West and Scotland, and — once the demo mentor holds an Active
 * facilitator certificate — the mentor leading the Manchester meeting. Idempotent: meetings are
 * known by region and title, and the mentor is only ever assigned to a meeting nobody has served.
 */
@Stateless
@PermitAll
public class FacilitationDemo {

  static final String MENTOR = "mentor@demo.academy";
  static final String MENTOR_MEETING = "Manchester Monday 4-Point";
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final Logger LOG = Logger.getLogger(FacilitationDemo.class.getName());

  @Inject private MeetingRepository meetings;
  @Inject private AccountService accounts;
  @Inject private CredentialRegister credentials;
  @Inject private FacilitationPolicy policy;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  public void seedMeetings() {
    Instant now = Instant.now(clock);
    LocalDate nextSaturday = LocalDate.now(clock).with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
    List<LocalDate> fourSaturdays =
        Stream.iterate(nextSaturday, d -> d.plusWeeks(1)).limit(4).toList();
    List<Meeting> demo =
        List.of(
            new Meeting(
                MENTOR_MEETING,
                MeetingKind.FOUR_POINT,
                "north-west",
                Schedule.weekly(DayOfWeek.MONDAY, LocalTime.of(19, 0), LONDON),
                Venue.inPerson("Manchester", "Community Hall, 12 Example Street, Manchester"),
                MeetingViews.SYSTEM,
                now),
            new Meeting(
                "Liverpool online discussion",
                MeetingKind.DISCUSSION,
                "north-west",
                Schedule.weekly(DayOfWeek.WEDNESDAY, LocalTime.of(18, 30), LONDON),
                Venue.forOnlineMeeting("https://meet.example.org/liverpool-discussion"),
                MeetingViews.SYSTEM,
                now),
            new Meeting(
                "Glasgow Thursday 4-Point",
                MeetingKind.FOUR_POINT,
                "scotland",
                Schedule.weekly(DayOfWeek.THURSDAY, LocalTime.of(19, 0), LONDON),
                Venue.inPerson("Glasgow"),
                MeetingViews.SYSTEM,
                now),
            new Meeting(
                "Edinburgh Saturday discussions",
                MeetingKind.DISCUSSION,
                "scotland",
                Schedule.onDates(fourSaturdays, LocalTime.of(10, 30), LONDON),
                Venue.inPerson("Edinburgh"),
                MeetingViews.SYSTEM,
                now));
    for (Meeting meeting : demo) {
      if (!meetings.existsInRegion(meeting.regionCode(), meeting.title())) {
        if (meeting.title().equals(MENTOR_MEETING)) {
          // One cancelled evening, so the finder, the feed and the calendars show how it looks.
          LocalDate today = LocalDate.now(clock.withZone(LONDON));
          LocalDate inTwoWeeks = today.plusWeeks(1).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
          meeting.cancel(
              inTwoWeeks, "The hall is closed that evening.", MeetingViews.SYSTEM, now, today);
        }
        meetings.store(meeting);
      }
    }
  }

  /** The mentor leads the Manchester meeting, when their credential allows it. */
  public void assignMentor() {
    AccountView mentor = accounts.findByEmail(MENTOR).orElse(null);
    Meeting meeting =
        meetings.ofRegion("north-west", false).stream()
            .filter(m -> m.title().equals(MENTOR_MEETING) && m.history().isEmpty())
            .findFirst()
            .orElse(null);
    if (mentor == null || meeting == null) {
      return;
    }
    Eligibility leader =
        policy
            .leadership()
            .forNewLeader(
                meeting.kind(), credentials.heldBy(mentor.id()), null, LocalDate.now(clock));
    if (!leader.eligible()) {
      return;
    }
    meeting.assignLeader(
        mentor.id(), leader.basis(), null, MeetingViews.SYSTEM, Instant.now(clock));
    audit.record(
        MeetingViews.SYSTEM, "meeting.leader-assigned", meeting.publicId(), "demo: " + MENTOR);
    LOG.info(() -> "Demo: " + MENTOR + " leads \"" + MENTOR_MEETING + "\".");
  }
}
