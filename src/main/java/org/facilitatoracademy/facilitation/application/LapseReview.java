package org.facilitatoracademy.facilitation.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.facilitatoracademy.audit.application.AuditLog;
import org.facilitatoracademy.facilitation.domain.CredentialRegister;
import org.facilitatoracademy.facilitation.domain.LeaderAssignment;
import org.facilitatoracademy.facilitation.domain.LeadershipPolicy;
import org.facilitatoracademy.facilitation.domain.Meeting;
import org.facilitatoracademy.facilitation.domain.MeetingRepository;
import org.facilitatoracademy.platform.errors.BusinessException;

/**
 * Ends the duties whose credentials no longer cover them, one meeting per transaction, and tells
 * the region's coordinators in that same transaction. Runs without a signed-in person: after a
 * certificate's change commits, and from the daily check.
 */
@Stateless
@PermitAll
public class LapseReview {

  /** What a review did. */
  public enum Outcome {
    UNCHANGED,
    ENDED,
    /** The meeting changed at the same moment (another node, a coordinator): try again. */
    CONFLICT
  }

  @Inject private MeetingRepository meetings;
  @Inject private CredentialRegister credentials;
  @Inject private FacilitationPolicy policy;
  @Inject private MeetingNotices notices;
  @Inject private MeetingViews views;
  @Inject private AuditLog audit;
  @Inject private Clock clock;
  @Resource private SessionContext session;

  /** One person's duties in one meeting, after their credential changed. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Outcome reviewPerson(Long meetingId, String accountId) {
    return meetings
        .findById(meetingId)
        .map(m -> review(m, List.of(accountId), LocalDate.now(clock)))
        .orElse(Outcome.UNCHANGED);
  }

  /**
   * The day's check of everyone serving one meeting. The meeting records the day it was checked
   * under its version, so when several nodes run the check, one of them does each meeting.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Outcome dailyCheck(Long meetingId, LocalDate today) {
    Meeting meeting = meetings.findById(meetingId).orElse(null);
    if (meeting == null || !meeting.claimLapseCheck(today)) {
      return Outcome.UNCHANGED;
    }
    List<String> people =
        meeting.current().stream().map(LeaderAssignment::accountId).distinct().toList();
    return review(meeting, people, today);
  }

  private Outcome review(Meeting meeting, List<String> people, LocalDate today) {
    LeadershipPolicy rule = policy.leadership();
    Instant now = Instant.now(clock);
    boolean neededMentor = meeting.needsMentor();
    List<LeaderAssignment> ended = new ArrayList<>();
    for (String person : people) {
      ended.addAll(meeting.review(person, credentials.heldBy(person), rule, today, now));
    }
    boolean nowNeedsMentor = meeting.needsMentor() && !neededMentor;
    if (!ended.isEmpty() || nowNeedsMentor) {
      notices.dutiesLapsed(meeting, ended, views.names());
    }
    try {
      meetings.flush();
    } catch (BusinessException changedMeanwhile) {
      session.setRollbackOnly();
      return Outcome.CONFLICT;
    }
    if (ended.isEmpty()) {
      return Outcome.UNCHANGED;
    }
    audit.record(
        MeetingViews.SYSTEM,
        "meeting.duties-lapsed",
        meeting.publicId(),
        ended.stream().map(a -> a.duty() + " " + a.accountId()).toList().toString());
    return Outcome.ENDED;
  }
}
