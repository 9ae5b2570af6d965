package org.facilitatoracademy.assessment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.facilitatoracademy.assessment.domain.Attempt;
import org.facilitatoracademy.assessment.domain.AttemptRepository;
import org.facilitatoracademy.identity.application.AccountClosed;
import org.facilitatoracademy.identity.application.PersonalData;

/**
 * A person's quiz attempts, in their data export and at the closing of their account. The export
 * says how each attempt went, never the key: the same attempt could be shown to someone else.
 */
@ApplicationScoped
public class AttemptRecords implements PersonalData {

  @Inject private AttemptRepository attempts;

  /**
   * One attempt as exported; {@code finishedAt}, {@code percent} and {@code passed} once graded.
   */
  public record AttemptRecord(
      String attemptId,
      String quiz,
      String course,
      int number,
      String contentVersion,
      String state,
      Instant startedAt,
      Instant finishedAt,
      Double percent,
      Boolean passed) {}

  @Override
  public String section() {
    return "quizAttempts";
  }

  @Override
  public List<AttemptRecord> of(String accountId) {
    return attempts.of(accountId).stream().map(AttemptRecords::record).toList();
  }

  private static AttemptRecord record(Attempt a) {
    return new AttemptRecord(
        a.publicId(),
        a.quizId(),
        a.courseId(),
        a.number(),
        a.contentVersion(),
        a.state().name(),
        a.startedAt(),
        a.finishedAt().orElse(null),
        a.percent().orElse(null),
        a.isFinished() ? a.passed() : null);
  }

  /**
   * Retention: attempts, their responses and grades are erased with the account. What they added to
   * item analysis stays, as running totals that name nobody.
   */
  void erase(@Observes AccountClosed closed) {
    attempts.removeAllOf(closed.accountId());
  }
}
