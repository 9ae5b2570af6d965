package org.facilitatoracademy.facilitation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.facilitatoracademy.facilitation.domain.LeaderAssignment;
import org.facilitatoracademy.facilitation.domain.Meeting;
import org.facilitatoracademy.identity.application.AccountService;
import org.facilitatoracademy.identity.application.AccountView;

/**
 * Turns meetings into the views of the application layer, naming people by the display name they
 * chose. Names are looked up once per view, since one person often appears several times.
 */
@ApplicationScoped
class MeetingViews {

  static final String SYSTEM = "system";

  @Inject private AccountService accounts;

  /** Display names by account id for one piece of work; closed accounts read "Closed account". */
  final class Names {
    private final Map<String, String> known = new HashMap<>();

    String of(String accountId) {
      if (SYSTEM.equals(accountId)) {
        return SYSTEM;
      }
      return known.computeIfAbsent(
          accountId,
          id -> accounts.find(id).map(AccountView::displayName).orElse("Closed account"));
    }
  }

  Names names() {
    return new Names();
  }

  MeetingView of(Meeting m) {
    return of(m, names());
  }

  MeetingView of(Meeting m, Names names) {
    return new MeetingView(
        m.publicId(),
        m.title(),
        m.kind(),
        m.regionCode(),
        m.schedule(),
        m.venue(),
        m.status(),
        m.needsLeader(),
        m.needsMentor(),
        m.ledByCertifiedLeader(),
        m.leader().map(a -> serving(a, names)),
        m.mentor().map(a -> serving(a, names)),
        m.coLeaders().stream().map(a -> serving(a, names)).toList(),
        m.durationMinutes(),
        m.statusNote(),
        cancelledDays(m));
  }

  private static List<CancelledDay> cancelledDays(Meeting m) {
    return m.cancellations().stream().map(c -> new CancelledDay(c.date(), c.note())).toList();
  }

  List<DutyRecord> history(Meeting m) {
    Names names = names();
    return m.history().stream()
        .map(
            a ->
                new DutyRecord(
                    a.accountId(),
                    names.of(a.accountId()),
                    a.duty(),
                    a.basis(),
                    a.startedAt(),
                    names.of(a.startedBy()),
                    a.endedAt(),
                    a.endReason(),
                    a.endedBy().map(names::of)))
        .toList();
  }

  static PublicMeeting publicView(Meeting m) {
    return new PublicMeeting(
        m.publicId(),
        m.title(),
        m.kind(),
        m.regionCode(),
        m.schedule(),
        m.venue(),
        m.status(),
        m.ledByCertifiedLeader(),
        m.durationMinutes(),
        m.statusNote(),
        cancelledDays(m),
        m.changedAt(),
        m.createdAt());
  }

  private static ServingPerson serving(LeaderAssignment a, Names names) {
    return new ServingPerson(
        a.accountId(), names.of(a.accountId()), a.duty(), a.basis(), a.startedAt());
  }
}
