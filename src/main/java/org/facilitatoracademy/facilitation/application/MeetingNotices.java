package org.facilitatoracademy.facilitation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.facilitatoracademy.facilitation.domain.Duty;
import org.facilitatoracademy.facilitation.domain.LeaderAssignment;
import org.facilitatoracademy.facilitation.domain.Meeting;
import org.facilitatoracademy.identity.application.AccountService;
import org.facilitatoracademy.identity.application.AccountView;
import org.facilitatoracademy.notification.application.Outbox;
import org.facilitatoracademy.platform.config.BaseUrl;

/**
 * Tells the coordinators of a meeting's region that duties ended because credentials lapsed. The
 * mail goes through the outbox in the same transaction as the change, so it is sent exactly when
 * the change holds. It never says why a credential stopped: reasons live in certification's
 * coordinator-only record.
 */
@ApplicationScoped
class MeetingNotices {

  @Inject private AccountService accounts;
  @Inject private Outbox outbox;
  @Inject private BaseUrl baseUrl;

  void dutiesLapsed(Meeting meeting, List<LeaderAssignment> ended, MeetingViews.Names names) {
    String subject =
        meeting.needsLeader()
            ? "Meeting \"" + meeting.title() + "\" needs a leader"
            : meeting.needsMentor()
                ? "Meeting \"" + meeting.title() + "\" needs a mentor"
                : "Change of leaders in meeting \"" + meeting.title() + "\"";
    StringBuilder body = new StringBuilder("Hello,\n\n");
    for (LeaderAssignment a : ended) {
      body.append("- ")
          .append(names.of(a.accountId()))
          .append(" no longer ")
          .append(wording(a.duty()))
          .append(" \"")
          .append(meeting.title())
          .append("\": their credential no longer allows it.\n");
    }
    if (ended.isEmpty() && meeting.needsMentor()) {
      body.append("- The leader now leads on a HOST credential and needs a mentor.\n");
    }
    body.append('\n');
    if (meeting.needsLeader()) {
      body.append(
          "The meeting needs a leader; until it has one, the public meeting list shows it as"
              + " not led by a certified leader.\n\n");
    } else if (meeting.needsMentor()) {
      body.append(
          "The meeting needs a mentor for its host; until it has one, the public meeting list"
              + " shows it as not led by a certified leader.\n\n");
    }
    body.append("See the meeting and assign someone here:\n")
        .append(baseUrl.link("/facilitation/coordinator/meeting.xhtml?id=" + meeting.publicId()))
        .append("\n");
    for (AccountView coordinator : accounts.coordinatorsOf(meeting.regionCode())) {
      outbox.queue(coordinator.email(), subject, body.toString());
    }
  }

  private static String wording(Duty duty) {
    return switch (duty) {
      case LEADER -> "leads";
      case CO_LEADER -> "co-leads";
      case MENTOR -> "mentors the host of";
    };
  }
}
