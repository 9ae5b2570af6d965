package org.facilitatoracademy.facilitation.application;

import java.util.List;
import org.facilitatoracademy.facilitation.domain.MeetingKind;

/**
 * A meeting of a region that may soon go without a certified leader, why, and the people of the
 * region who could step in today (as leader when there is none, else as co-leader).
 */
public record MeetingRisk(
    String meetingId,
    String title,
    MeetingKind kind,
    String region,
    List<Reason> reasons,
    List<Candidate> standIns) {

  /** Why a meeting is at risk. */
  public enum Reason {
    /** Nobody leads it now. */
    NO_LEADER,
    /** One leader and no co-leader: one absence and the meeting cannot run. */
    SINGLE_LEADER,
    /** The credential the leader leads on expires within the look-ahead. */
    LEADER_EXPIRING
  }
}
