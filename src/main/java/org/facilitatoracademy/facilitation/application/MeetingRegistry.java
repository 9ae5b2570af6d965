package org.facilitatoracademy.facilitation.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.facilitatoracademy.audit.application.AuditLog;
import org.facilitatoracademy.facilitation.domain.LeaderAssignment;
import org.facilitatoracademy.facilitation.domain.Meeting;
import org.facilitatoracademy.facilitation.domain.MeetingRepository;
import org.facilitatoracademy.facilitation.domain.MeetingStatus;
import org.facilitatoracademy.identity.application.AccountView;
import org.facilitatoracademy.platform.errors.BusinessException;

/** Coordinators keep the meetings of their region: create, revise, pause, close, list, look up. */
@Stateless
@RolesAllowed("COORDINATOR")
public class MeetingRegistry {

  @Inject private MeetingRepository meetings;
  @Inject private CoordinatorScope scope;
  @Inject private MeetingViews views;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  public MeetingView create(MeetingDraft draft) {
    AccountView me = scope.coordinator();
    String region =
        draft.region() == null || draft.region().isBlank() ? me.region() : draft.region();
    scope.requireRegion(me, region);
    Meeting meeting =
        new Meeting(
            draft.title(),
            draft.kind(),
            region,
            draft.schedule(),
            draft.venue(),
            draft.durationMinutes(),
            me.id(),
            Instant.now(clock));
    meetings.store(meeting);
    audit.record(
        me.id(),
        "meeting.created",
        meeting.publicId(),
        region + " " + meeting.kind() + " " + meeting.title());
    return views.of(meeting);
  }

  /** New title, schedule or venue. The region and the kind stay as they are. */
  public MeetingView revise(String meetingId, MeetingDraft draft) {
    AccountView me = scope.coordinator();
    Meeting meeting = scope.meeting(me, meetingId);
    if (draft.region() != null
        && !draft.region().isBlank()
        && !draft.region().equals(meeting.regionCode())) {
      throw BusinessException.rule(
          "region-fixed", "A meeting stays in its region; close it and create one in the other.");
    }
    if (draft.kind() != null && draft.kind() != meeting.kind()) {
      throw BusinessException.rule(
          "kind-fixed",
          "A meeting keeps its kind, because its leaders were chosen for it; create a new one.");
    }
    meeting.revise(
        draft.title(),
        draft.schedule(),
        draft.venue(),
        draft.durationMinutes(),
        Instant.now(clock));
    meetings.flush();
    audit.record(me.id(), "meeting.revised", meeting.publicId(), meeting.title());
    return views.of(meeting);
  }

  /** Pauses, resumes or closes a meeting; closing ends every duty in it. */
  public MeetingView changeStatus(String meetingId, MeetingStatus status) {
    return changeStatus(meetingId, status, null);
  }

  /**
   * Closes a meeting temporarily (with a public note), reopens it, or closes it for good; closing
   * for good ends every duty in it.
   */
  public MeetingView changeStatus(String meetingId, MeetingStatus status, String note) {
    AccountView me = scope.coordinator();
    Meeting meeting = scope.meeting(me, meetingId);
    MeetingStatus before = meeting.status();
    List<LeaderAssignment> ended = meeting.changeStatus(status, note, me.id(), Instant.now(clock));
    meetings.flush();
    audit.record(
        me.id(),
        "meeting.status-changed",
        meeting.publicId(),
        before
            + " -> "
            + meeting.status()
            + (ended.isEmpty() ? "" : ", duties ended " + ended.size()));
    return views.of(meeting);
  }

  /**
   * Cancels one occurrence of a meeting of the coordinator's region, with a short public note. A
   * meeting of another region answers as if it did not exist.
   */
  public MeetingView cancelOccurrence(String meetingId, LocalDate day, String note) {
    AccountView me = scope.coordinator();
    Meeting meeting = scope.ownMeeting(me, meetingId);
    LocalDate today = LocalDate.now(clock.withZone(meeting.schedule().timeZone()));
    boolean fresh = meeting.cancel(day, note, me.id(), Instant.now(clock), today);
    meetings.flush();
    audit.record(
        me.id(),
        fresh ? "meeting.occurrence-cancelled" : "meeting.cancellation-note-changed",
        meeting.publicId(),
        day.toString());
    return views.of(meeting);
  }

  /** The meeting meets on that day after all. 404 when that day was not cancelled. */
  public MeetingView restoreOccurrence(String meetingId, LocalDate day) {
    AccountView me = scope.coordinator();
    Meeting meeting = scope.ownMeeting(me, meetingId);
    if (!meeting.restore(day, Instant.now(clock))) {
      throw BusinessException.notFound("A cancellation on " + day);
    }
    meetings.flush();
    audit.record(me.id(), "meeting.occurrence-restored", meeting.publicId(), day.toString());
    return views.of(meeting);
  }

  /** The meetings of the coordinator's region; closed ones are left out. */
  public List<MeetingView> ofMyRegion(boolean onlyNeedingLeader) {
    AccountView me = scope.coordinator();
    MeetingViews.Names names = views.names();
    return meetings.ofRegion(me.region(), false).stream()
        .filter(m -> !onlyNeedingLeader || m.needsLeader() || m.needsMentor())
        .map(m -> views.of(m, names))
        .toList();
  }

  public MeetingView get(String meetingId) {
    return views.of(scope.meeting(scope.coordinator(), meetingId));
  }

  /** Everyone who ever served the meeting, newest first. */
  public List<DutyRecord> history(String meetingId) {
    AccountView me = scope.coordinator();
    Meeting meeting = scope.meeting(me, meetingId);
    audit.record(me.id(), "meeting.history-viewed", meeting.publicId(), null);
    return views.history(meeting);
  }
}
