package org.facilitatoracademy.facilitation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.facilitatoracademy.certification.application.CertificateStatusChanged;
import org.facilitatoracademy.facilitation.domain.Meeting;
import org.facilitatoracademy.facilitation.domain.MeetingRepository;

/**
 * Hears of every committed change of a certificate's standing (suspension, revocation, leave,
 * expiry, the end of the grace period, renewal) and reviews the holder's duties at once. Should
 * this fail, the daily check catches up.
 */
@ApplicationScoped
public class CredentialLapses {

  private static final Logger LOG = Logger.getLogger(CredentialLapses.class.getName());
  private static final int ATTEMPTS = 3;

  @Inject private MeetingRepository meetings;
  @Inject private LapseReview review;

  void onStatusChanged(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) CertificateStatusChanged change) {
    try {
      for (Meeting meeting : meetings.servedBy(change.accountId())) {
        LapseReview.Outcome outcome = LapseReview.Outcome.CONFLICT;
        for (int attempt = 0;
            attempt < ATTEMPTS && outcome == LapseReview.Outcome.CONFLICT;
            attempt++) {
          outcome = review.reviewPerson(meeting.id(), change.accountId());
        }
      }
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "Reviewing the meetings of account "
              + change.accountId()
              + " after a credential change failed; the daily check will catch up",
          e);
    }
  }
}
