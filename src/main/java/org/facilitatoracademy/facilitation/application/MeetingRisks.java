package org.facilitatoracademy.facilitation.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.facilitatoracademy.facilitation.domain.CredentialRegister;
import org.facilitatoracademy.facilitation.domain.Duty;
import org.facilitatoracademy.facilitation.domain.Eligibility;
import org.facilitatoracademy.facilitation.domain.LeaderAssignment;
import org.facilitatoracademy.facilitation.domain.LeaderCredential;
import org.facilitatoracademy.facilitation.domain.LeadershipPolicy;
import org.facilitatoracademy.facilitation.domain.Meeting;
import org.facilitatoracademy.facilitation.domain.MeetingRepository;
import org.facilitatoracademy.facilitation.domain.MeetingStatus;
import org.facilitatoracademy.identity.application.AccountService;
import org.facilitatoracademy.identity.application.AccountView;

/**
 * The meetings of a region that hang on too few people: nobody leads, a single leader, or a leader
 * whose credential runs out soon; with who could step in. Also the region's meetings for the
 * coordinator's export. The region is one the caller oversees (identity decides).
 */
@Stateless
@RolesAllowed({"COORDINATOR", "ADMIN"})
public class MeetingRisks {

  /** How far ahead a leader's expiry puts the meeting at risk. */
  public static final int LEADER_EXPIRY_DAYS = 60;

  @Inject private MeetingRepository meetings;
  @Inject private CredentialRegister credentials;
  @Inject private FacilitationPolicy policy;
  @Inject private AccountService accounts;
  @Inject private MeetingViews views;
  @Inject private Clock clock;

  /** The region's running meetings at risk, by title (every region's when none is named). */
  public List<MeetingRisk> inRegion(String region) {
    Optional<String> scope = accounts.overseenRegion(region);
    List<Meeting> running =
        meetings.running(scope.orElse(null)).stream()
            .filter(m -> m.status() == MeetingStatus.ACTIVE)
            .toList();
    LocalDate today = LocalDate.now(clock);
    Set<String> leaders = new HashSet<>();
    running.forEach(m -> m.leader().ifPresent(l -> leaders.add(l.accountId())));
    Map<String, List<LeaderCredential>> leaderCredentials = credentials.heldByEach(leaders);
    Map<Meeting, List<MeetingRisk.Reason>> atRisk = new LinkedHashMap<>();
    for (Meeting meeting : running) {
      List<MeetingRisk.Reason> why = reasonsOf(meeting, leaderCredentials, today);
      if (!why.isEmpty()) {
        atRisk.put(meeting, why);
      }
    }
    if (atRisk.isEmpty()) {
      return List.of();
    }
    List<AccountView> people = accounts.membersOf(scope.orElse(null));
    Map<String, List<LeaderCredential>> held =
        credentials.heldByEach(people.stream().map(AccountView::id).toList());
    LeadershipPolicy rule = policy.leadership();
    return atRisk.entrySet().stream()
        .map(
            e ->
                new MeetingRisk(
                    e.getKey().publicId(),
                    e.getKey().title(),
                    e.getKey().kind(),
                    e.getKey().regionCode(),
                    e.getValue(),
                    standIns(e.getKey(), people, held, rule, today)))
        .toList();
  }

  /** The region's meetings that are not closed, with who serves them now. */
  public List<MeetingView> meetingsOf(String region) {
    Optional<String> scope = accounts.overseenRegion(region);
    MeetingViews.Names names = views.names();
    return meetings.running(scope.orElse(null)).stream().map(m -> views.of(m, names)).toList();
  }

  private static List<MeetingRisk.Reason> reasonsOf(
      Meeting meeting, Map<String, List<LeaderCredential>> held, LocalDate today) {
    Optional<LeaderAssignment> leader = meeting.leader();
    if (leader.isEmpty()) {
      return List.of(MeetingRisk.Reason.NO_LEADER);
    }
    List<MeetingRisk.Reason> why = new ArrayList<>();
    if (meeting.coLeaders().isEmpty()) {
      why.add(MeetingRisk.Reason.SINGLE_LEADER);
    }
    LocalDate horizon = today.plusDays(LEADER_EXPIRY_DAYS);
    boolean expiring =
        held.getOrDefault(leader.get().accountId(), List.of()).stream()
            .filter(c -> c.kind() == leader.get().basis())
            .noneMatch(c -> c.isActiveOn(horizon));
    if (expiring) {
      why.add(MeetingRisk.Reason.LEADER_EXPIRING);
    }
    return why;
  }

  private static List<Candidate> standIns(
      Meeting meeting,
      List<AccountView> people,
      Map<String, List<LeaderCredential>> held,
      LeadershipPolicy rule,
      LocalDate today) {
    Duty duty = meeting.leader().isPresent() ? Duty.CO_LEADER : Duty.LEADER;
    return people.stream()
        .filter(p -> p.region().equals(meeting.regionCode()))
        .filter(p -> meeting.current().stream().noneMatch(a -> a.isHeldBy(p.id())))
        .map(
            p -> {
              Eligibility e =
                  rule.forNewDuty(
                      duty, meeting.kind(), held.getOrDefault(p.id(), List.of()), today);
              return e.eligible() ? new Candidate(p.id(), p.displayName(), e.basis()) : null;
            })
        .filter(Objects::nonNull)
        .toList();
  }
}
