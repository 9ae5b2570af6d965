package org.facilitatoracademy.facilitation.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.facilitatoracademy.facilitation.domain.Meeting;
import org.facilitatoracademy.facilitation.domain.MeetingRepository;
import org.facilitatoracademy.facilitation.domain.MeetingStatus;

/** Meetings as the public sees them, and the meetings a signed-in person serves. */
@Stateless
public class MeetingListings {

  @Inject private MeetingRepository meetings;
  @Resource private SessionContext session;

  /**
   * The meetings that are not closed, of one region or (null or blank) of all regions, with whether
   * a certified leader leads each right now.
   */
  @PermitAll
  public List<PublicMeeting> running(String region) {
    String code = region == null || region.isBlank() ? null : region.strip();
    return meetings.running(code).stream().map(MeetingViews::publicView).toList();
  }

  /** One meeting that is not closed, as anyone may see it; empty for an unknown or closed one. */
  @PermitAll
  public Optional<PublicMeeting> find(String meetingId) {
    if (meetingId == null || meetingId.isBlank()) {
      return Optional.empty();
    }
    return meetings
        .findByPublicId(meetingId.strip())
        .filter(m -> m.status() != MeetingStatus.CLOSED)
        .map(MeetingViews::publicView);
  }

  /** "My meetings": every duty the signed-in person has now. */
  @RolesAllowed("TRAINEE")
  public List<MyDuty> mine() {
    String me = session.getCallerPrincipal().getName();
    return meetings.servedBy(me).stream().flatMap(m -> dutiesOf(m, me).stream()).toList();
  }

  private static List<MyDuty> dutiesOf(Meeting m, String accountId) {
    PublicMeeting meeting = MeetingViews.publicView(m);
    return m.current().stream()
        .filter(a -> a.isHeldBy(accountId))
        .map(a -> new MyDuty(meeting, a.duty(), a.basis(), a.startedAt()))
        .toList();
  }
}
