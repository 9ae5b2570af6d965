package org.facilitatoracademy.coordination.api;

import java.util.List;
import org.facilitatoracademy.coordination.application.RegionDashboard;

/**
 * The dashboard in the contract's shape, with a few names added for people reading it (region and
 * quiz names, meeting titles, the people who could step in).
 */
public record DashboardDto(
    String region,
    String regionName,
    RegionDashboard.Funnel funnel,
    List<Quiz> quizzes,
    RegionDashboard.Expiring expiring,
    List<MeetingAtRisk> meetingsAtRisk,
    List<Waiting> applicationsWaiting) {

  public record Quiz(String quizId, String title, int attempts, int passed, double passRate) {}

  public record MeetingAtRisk(
      String meetingId, String title, List<String> reasons, List<StandIn> standIns) {}

  public record StandIn(String accountId, String displayName, String credential) {}

  public record Waiting(String id, String credential, long days) {}

  static DashboardDto of(RegionDashboard d) {
    return new DashboardDto(
        d.region(),
        d.regionName(),
        d.funnel(),
        d.quizzes().stream()
            .map(
                q ->
                    new Quiz(
                        q.quizId(),
                        q.title(),
                        q.rate().attempts(),
                        q.rate().passed(),
                        q.rate().passRate()))
            .toList(),
        d.expiring(),
        d.meetingsAtRisk().stream()
            .map(
                m ->
                    new MeetingAtRisk(
                        m.meetingId(),
                        m.title(),
                        m.reasons().stream().map(Enum::name).toList(),
                        m.standIns().stream()
                            .map(c -> new StandIn(c.accountId(), c.displayName(), c.basis().name()))
                            .toList()))
            .toList(),
        d.applicationsWaiting().stream()
            .map(a -> new Waiting(a.id(), a.credential().name(), a.days()))
            .toList());
  }
}
