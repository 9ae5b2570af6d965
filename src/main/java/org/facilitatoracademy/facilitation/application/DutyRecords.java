package org.facilitatoracademy.facilitation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.facilitatoracademy.facilitation.domain.LeaderAssignment;
import org.facilitatoracademy.facilitation.domain.Meeting;
import org.facilitatoracademy.facilitation.domain.MeetingRepository;
import org.facilitatoracademy.identity.application.PersonalData;

/**
 * The meetings a person serves or served, in their data export: which duty, on which credential,
 * from when until when. Nothing about the meetings' participants exists to export.
 *
 * <p>Closing the account needs nothing of its own here: the holder's certificates end, and {@link
 * CredentialLapses} ends their duties from that change as from any other. The rows stay as the
 * meetings' history, under an account id that no longer leads to a name.
 */
@ApplicationScoped
public class DutyRecords implements PersonalData {

  @Inject private MeetingRepository meetings;

  /** One duty at one meeting; {@code endedAt} and {@code endReason} once it ended. */
  public record ServedDuty(
      String meetingId,
      String meeting,
      String region,
      String duty,
      String credential,
      Instant startedAt,
      Instant endedAt,
      String endReason) {}

  @Override
  public String section() {
    return "meetings";
  }

  @Override
  public List<ServedDuty> of(String accountId) {
    return meetings.everServedBy(accountId).stream()
        .flatMap(
            m -> m.history().stream().filter(a -> a.isHeldBy(accountId)).map(a -> record(m, a)))
        .toList();
  }

  private static ServedDuty record(Meeting m, LeaderAssignment a) {
    return new ServedDuty(
        m.publicId(),
        m.title(),
        m.regionCode(),
        a.duty().name(),
        a.basis().name(),
        a.startedAt(),
        a.endedAt().orElse(null),
        a.endReason().map(Enum::name).orElse(null));
  }
}
