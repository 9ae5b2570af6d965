package org.facilitatoracademy.facilitation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.facilitatoracademy.facilitation.domain.Meeting;
import org.facilitatoracademy.facilitation.domain.MeetingRepository;
import org.facilitatoracademy.identity.application.AccountService;
import org.facilitatoracademy.identity.application.AccountView;
import org.facilitatoracademy.platform.errors.BusinessException;

/**
 * Coordinators act in their own region only (DOMAIN.md §6): every coordinator use case finds its
 * meeting through here.
 */
@ApplicationScoped
class CoordinatorScope {

  @Inject private AccountService accounts;
  @Inject private MeetingRepository meetings;

  AccountView coordinator() {
    return accounts.me();
  }

  void requireRegion(AccountView coordinator, String region) {
    if (!coordinator.region().equals(region)) {
      throw new BusinessException(
          BusinessException.Kind.FORBIDDEN,
          "other-region",
          "You coordinate the region "
              + coordinator.region()
              + "; meetings of another region are for its own coordinators.");
    }
  }

  /**
   * The meeting, when it belongs to the coordinator's region; otherwise not found, so that another
   * region's meetings do not even show they exist.
   */
  Meeting ownMeeting(AccountView coordinator, String meetingId) {
    return meetings
        .findByPublicId(meetingId)
        .filter(m -> m.regionCode().equals(coordinator.region()))
        .orElseThrow(() -> BusinessException.notFound("The meeting"));
  }

  /** The meeting, when it belongs to the coordinator's region. */
  Meeting meeting(AccountView coordinator, String meetingId) {
    Meeting meeting =
        meetings
            .findByPublicId(meetingId)
            .orElseThrow(() -> BusinessException.notFound("The meeting"));
    requireRegion(coordinator, meeting.regionCode());
    return meeting;
  }
}
