package org.facilitatoracademy.facilitation.api;

import java.time.Instant;
import java.util.List;
import org.facilitatoracademy.facilitation.application.CancelledDay;
import org.facilitatoracademy.facilitation.application.Candidate;
import org.facilitatoracademy.facilitation.application.DutyRecord;
import org.facilitatoracademy.facilitation.application.MeetingDraft;
import org.facilitatoracademy.facilitation.application.MeetingView;
import org.facilitatoracademy.facilitation.application.MyDuty;
import org.facilitatoracademy.facilitation.application.PublicMeeting;
import org.facilitatoracademy.facilitation.application.ServingPerson;
import org.facilitatoracademy.facilitation.domain.Schedule;

/** The shapes of CONTRACT "Meetings". */
public final class MeetingDtos {

  private MeetingDtos() {}

  /**
   * When a meeting meets: {@code weekday} (MONDAY…SUNDAY) for a weekly meeting or {@code dates}
   * (ISO dates) for single dates; always {@code time} ("19:00") and {@code timeZone}
   * ("Europe/London").
   */
  public record ScheduleDto(String weekday, String time, String timeZone, List<String> dates) {

    static ScheduleDto of(Schedule s) {
      return new ScheduleDto(
          s.weekdayIfWeekly().map(Enum::name).orElse(null),
          s.time().toString(),
          s.timeZone().getId(),
          s.isWeekly() ? null : s.dates().stream().map(Object::toString).toList());
    }
  }

  /**
   * A new meeting, or its revised details. {@code city} is required for in-person meetings, {@code
   * conferenceUrl} (https) for online ones; an in-person meeting with a link is hybrid. {@code
   * durationMinutes} may be left out (90 for a 4-Point meeting, 60 for a discussion).
   */
  public record MeetingInput(
      String title,
      String kind,
      String region,
      ScheduleDto schedule,
      Boolean online,
      String city,
      String conferenceUrl,
      String address,
      Integer durationMinutes) {

    MeetingDraft toDraft() {
      ScheduleDto s = schedule == null ? new ScheduleDto(null, null, null, null) : schedule;
      return MeetingDraft.read(
          title,
          kind,
          region,
          s.weekday(),
          s.time(),
          s.timeZone(),
          s.dates(),
          Boolean.TRUE.equals(online),
          city,
          address,
          conferenceUrl,
          durationMinutes);
    }
  }

  /**
   * PUT …/leader: {@code mentorAccountId} is required when the leader leads on a HOST credential.
   */
  public record LeaderInput(String accountId, String mentorAccountId) {}

  /** POST …/co-leaders. */
  public record CoLeaderInput(String accountId) {}

  /**
   * POST …/status: ACTIVE, TEMPORARILY_CLOSED (also accepted as PAUSED) or CLOSED (final); {@code
   * note} is shown to the public while temporarily closed.
   */
  public record StatusInput(String status, String note) {}

  /** POST …/cancellations: the day (ISO date) it does not meet, and a short public note. */
  public record CancellationInput(String date, String note) {}

  /** A cancelled occurrence. */
  public record CancellationDto(String date, String note) {

    static List<CancellationDto> of(List<CancelledDay> days) {
      return days.stream()
          .map(d -> new CancellationDto(d.date().toString(), d.note().orElse(null)))
          .toList();
    }
  }

  /** Someone serving a meeting, as its coordinators see them. */
  public record PersonDto(String accountId, String displayName, String credential, Instant since) {

    static PersonDto of(ServingPerson p) {
      return new PersonDto(p.accountId(), p.displayName(), p.basis().name(), p.since());
    }
  }

  /** A meeting as the coordinators of its region see it. */
  public record MeetingDto(
      String id,
      String title,
      String kind,
      String region,
      ScheduleDto schedule,
      boolean online,
      String city,
      String address,
      String conferenceUrl,
      String attendance,
      int durationMinutes,
      String status,
      String statusNote,
      List<CancellationDto> cancellations,
      boolean needsLeader,
      boolean needsMentor,
      boolean ledByCertifiedLeader,
      PersonDto leader,
      PersonDto mentor,
      List<PersonDto> coLeaders) {

    static MeetingDto of(MeetingView m) {
      return new MeetingDto(
          m.id(),
          m.title(),
          m.kind().name(),
          m.region(),
          ScheduleDto.of(m.schedule()),
          m.venue().online(),
          m.venue().city(),
          m.venue().address(),
          m.venue().conferenceUrl(),
          m.venue().attendance().name(),
          m.durationMinutes(),
          m.status().name(),
          m.statusNote().orElse(null),
          CancellationDto.of(m.cancellations()),
          m.needsLeader(),
          m.needsMentor(),
          m.ledByCertifiedLeader(),
          m.leader().map(PersonDto::of).orElse(null),
          m.mentor().map(PersonDto::of).orElse(null),
          m.coLeaders().stream().map(PersonDto::of).toList());
    }
  }

  /** A meeting as anyone sees it: never who leads it. */
  public record PublicMeetingDto(
      String id,
      String title,
      String kind,
      String region,
      ScheduleDto schedule,
      boolean online,
      String city,
      String address,
      String conferenceUrl,
      String attendance,
      int durationMinutes,
      String status,
      String statusNote,
      List<CancellationDto> cancellations,
      boolean ledByCertifiedLeader) {

    static PublicMeetingDto of(PublicMeeting m) {
      return new PublicMeetingDto(
          m.id(),
          m.title(),
          m.kind().name(),
          m.region(),
          ScheduleDto.of(m.schedule()),
          m.venue().online(),
          m.venue().city(),
          m.venue().address(),
          m.venue().conferenceUrl(),
          m.venue().attendance().name(),
          m.durationMinutes(),
          m.status().name(),
          m.statusNote().orElse(null),
          CancellationDto.of(m.cancellations()),
          m.ledByCertifiedLeader());
    }
  }

  /** One line of a meeting's history. */
  public record DutyDto(
      String accountId,
      String displayName,
      String duty,
      String credential,
      Instant startedAt,
      String startedBy,
      Instant endedAt,
      String endReason,
      String endedBy) {

    static DutyDto of(DutyRecord d) {
      return new DutyDto(
          d.accountId(),
          d.displayName(),
          d.duty().name(),
          d.basis().name(),
          d.startedAt(),
          d.startedBy(),
          d.endedAt().orElse(null),
          d.endReason().map(Enum::name).orElse(null),
          d.endedBy().orElse(null));
    }
  }

  /** Someone of the region who may be given a duty, and the credential it would rest on. */
  public record CandidateDto(String accountId, String displayName, String credential) {

    static CandidateDto of(Candidate c) {
      return new CandidateDto(c.accountId(), c.displayName(), c.basis().name());
    }
  }

  /** A meeting the signed-in person serves. */
  public record MyMeetingDto(
      PublicMeetingDto meeting, String duty, String credential, Instant since) {

    static MyMeetingDto of(MyDuty d) {
      return new MyMeetingDto(
          PublicMeetingDto.of(d.meeting()), d.duty().name(), d.basis().name(), d.since());
    }
  }
}
