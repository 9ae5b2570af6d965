package org.facilitatoracademy.assessment.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.facilitatoracademy.assessment.domain.Attempt;
import org.facilitatoracademy.assessment.domain.AttemptContribution;
import org.facilitatoracademy.assessment.domain.AttemptRepository;
import org.facilitatoracademy.assessment.domain.ItemStatistics;
import org.facilitatoracademy.assessment.domain.QuestionVersion;
import org.facilitatoracademy.assessment.domain.QuizVersion;
import org.facilitatoracademy.assessment.domain.QuizVersionRepository;
import org.facilitatoracademy.audit.application.AuditLog;

/**
 * Regrades a batch of attempts in a transaction of its own, each under its row lock, so a large
 * regrade never holds many locks for long and a failure loses one batch, not the whole run.
 */
@Stateless
@RolesAllowed({"COORDINATOR", "ADMIN"})
public class Regrading {

  @Inject private AttemptRepository attempts;
  @Inject private QuizVersionRepository versions;
  @Inject private ItemStatistics statistics;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  /** One regraded attempt: who it belongs to and what changed. */
  public record Result(
      String attemptId, String accountId, String courseId, Attempt.Regraded change) {}

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<Result> regrade(
      String quizId, String contentVersion, List<String> attemptIds, String actor) {
    QuizVersion current = versions.find(quizId, contentVersion).orElseThrow();
    Map<String, QuestionVersion> corrected =
        current.questions().stream()
            .collect(Collectors.toMap(QuestionVersion::questionId, Function.identity()));
    Instant now = Instant.now(clock);
    List<Result> results = new ArrayList<>();
    for (String attemptId : attemptIds) {
      Attempt attempt = attempts.findForUpdate(attemptId).orElseThrow();
      AttemptContribution before = AttemptContribution.of(attempt);
      attempt
          .regrade(corrected, contentVersion, now)
          .ifPresent(
              change -> {
                statistics.replace(quizId, before, AttemptContribution.of(attempt));
                audit.record(
                    actor,
                    change.outcomeChanged() ? "attempt.outcome-changed" : "attempt.regraded",
                    attemptId,
                    String.format(
                        "%s against %s: %.1f%% -> %.1f%%, %s -> %s; questions %s",
                        quizId,
                        contentVersion,
                        change.percentBefore(),
                        change.percentAfter(),
                        change.passedBefore() ? "passed" : "not passed",
                        change.passedAfter() ? "passed" : "not passed",
                        change.questionIds()));
                results.add(new Result(attemptId, attempt.accountId(), attempt.courseId(), change));
              });
    }
    return results;
  }
}
