package org.facilitatoracademy.facilitation.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.facilitatoracademy.audit.application.AuditLog;
import org.facilitatoracademy.facilitation.domain.CredentialRegister;
import org.facilitatoracademy.facilitation.domain.Duty;
import org.facilitatoracademy.facilitation.domain.Eligibility;
import org.facilitatoracademy.facilitation.domain.LeaderAssignment;
import org.facilitatoracademy.facilitation.domain.LeaderCredential;
import org.facilitatoracademy.facilitation.domain.LeadershipPolicy;
import org.facilitatoracademy.facilitation.domain.Meeting;
import org.facilitatoracademy.facilitation.domain.MeetingRepository;
import org.facilitatoracademy.identity.application.AccountService;
import org.facilitatoracademy.identity.application.AccountView;
import org.facilitatoracademy.platform.errors.BusinessException;

/**
 * Coordinators choose who leads, co-leads and mentors the meetings of their region. Every choice
 * goes through the leadership rule with the credentials the person holds today; a refusal says why
 * ({@code not-certified}, {@code mentor-required}).
 */
@Stateless
@RolesAllowed("COORDINATOR")
public class LeaderAssignments {

  @Inject private MeetingRepository meetings;
  @Inject private CoordinatorScope scope;
  @Inject private CredentialRegister credentials;
  @Inject private FacilitationPolicy policy;
  @Inject private AccountService accounts;
  @Inject private MeetingViews views;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  /**
   * Makes someone the leader. The mentor is needed (and only kept) when the leader leads on a HOST
   * credential.
   */
  public MeetingView assignLeader(String meetingId, String accountId, String mentorId) {
    AccountView me = scope.coordinator();
    Meeting meeting = scope.meeting(me, meetingId);
    requirePerson(accountId);
    if (mentorId != null) {
      requirePerson(mentorId);
    }
    LeadershipPolicy rule = policy.leadership();
    Eligibility leader =
        rule.forNewLeader(
            meeting.kind(),
            credentials.heldBy(accountId),
            mentorId == null ? null : credentials.heldBy(mentorId),
            LocalDate.now(clock));
    refuseUnlessEligible(leader);
    String mentor = leader.basis().leadsUnderMentor() ? mentorId : null;
    meeting.assignLeader(accountId, leader.basis(), mentor, me.id(), Instant.now(clock));
    meetings.flush();
    audit.record(
        me.id(),
        "meeting.leader-assigned",
        meeting.publicId(),
        "leader "
            + accountId
            + " on "
            + leader.basis()
            + (mentor == null ? "" : ", mentor " + mentor));
    return views.of(meeting);
  }

  /** Adds a co-leader, under the leader's rule. */
  public MeetingView addCoLeader(String meetingId, String accountId) {
    AccountView me = scope.coordinator();
    Meeting meeting = scope.meeting(me, meetingId);
    requirePerson(accountId);
    Eligibility coLeader =
        policy
            .leadership()
            .forNewDuty(
                Duty.CO_LEADER,
                meeting.kind(),
                credentials.heldBy(accountId),
                LocalDate.now(clock));
    refuseUnlessEligible(coLeader);
    if (meeting.addCoLeader(accountId, coLeader.basis(), me.id(), Instant.now(clock))) {
      meetings.flush();
      audit.record(
          me.id(),
          "meeting.co-leader-added",
          meeting.publicId(),
          accountId + " on " + coLeader.basis());
    }
    return views.of(meeting);
  }

  /** Takes the leader (and their mentor) off the meeting, which then needs a leader. */
  public MeetingView removeLeader(String meetingId) {
    AccountView me = scope.coordinator();
    Meeting meeting = scope.meeting(me, meetingId);
    List<LeaderAssignment> ended = meeting.removeLeader(me.id(), Instant.now(clock));
    if (!ended.isEmpty()) {
      meetings.flush();
      audit.record(
          me.id(),
          "meeting.leader-removed",
          meeting.publicId(),
          ended.stream().map(a -> a.duty() + " " + a.accountId()).toList().toString());
    }
    return views.of(meeting);
  }

  public MeetingView removeCoLeader(String meetingId, String accountId) {
    AccountView me = scope.coordinator();
    Meeting meeting = scope.meeting(me, meetingId);
    meeting
        .removeCoLeader(accountId, me.id(), Instant.now(clock))
        .ifPresent(
            a -> {
              meetings.flush();
              audit.record(me.id(), "meeting.co-leader-removed", meeting.publicId(), accountId);
            });
    return views.of(meeting);
  }

  /**
   * The people of the coordinator's region who may be given this duty in this meeting today, with
   * the credential it would rest on. Whoever has that duty already, and the leader, are left out.
   */
  public List<Candidate> candidates(String meetingId, Duty duty) {
    AccountView me = scope.coordinator();
    Meeting meeting = scope.meeting(me, meetingId);
    LeadershipPolicy rule = policy.leadership();
    LocalDate today = LocalDate.now(clock);
    List<AccountView> people =
        accounts.membersOfMyRegion().stream()
            .filter(person -> !alreadyServes(meeting, duty, person.id()))
            .toList();
    Map<String, List<LeaderCredential>> credentialsOf =
        credentials.heldByEach(people.stream().map(AccountView::id).toList());
    return people.stream()
        .map(
            person -> {
              List<LeaderCredential> held = credentialsOf.getOrDefault(person.id(), List.of());
              Eligibility e = rule.forNewDuty(duty, meeting.kind(), held, today);
              return e.eligible()
                  ? new Candidate(person.id(), person.displayName(), e.basis())
                  : null;
            })
        .filter(Objects::nonNull)
        .toList();
  }

  private static boolean alreadyServes(Meeting meeting, Duty duty, String accountId) {
    return meeting.current().stream()
        .anyMatch(a -> a.isHeldBy(accountId) && (a.duty() == duty || a.duty() == Duty.LEADER));
  }

  private void requirePerson(String accountId) {
    if (accountId == null || accountId.isBlank() || accounts.find(accountId).isEmpty()) {
      throw BusinessException.notFound("The person");
    }
  }

  private static void refuseUnlessEligible(Eligibility e) {
    if (!e.eligible()) {
      throw new BusinessException(BusinessException.Kind.RULE, e.code(), e.reason(), e.unmet());
    }
  }
}
