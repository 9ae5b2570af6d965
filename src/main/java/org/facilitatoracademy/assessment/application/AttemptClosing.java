package org.facilitatoracademy.assessment.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.facilitatoracademy.assessment.domain.AttemptRepository;

/**
 * Grades attempts whose time ran out, as they stood at their deadline. Each attempt is closed in a
 * transaction of its own, under its row lock, and only if it is still open: on a cluster every node
 * may run the job, and a person may submit at the same moment; one of them grades it.
 */
@Stateless
@PermitAll
public class AttemptClosing {

  @Inject private AttemptRepository attempts;
  @Inject private Grading grading;
  @Inject private Clock clock;

  public List<String> overdue(int max) {
    return attempts.overdue(Instant.now(clock), max);
  }

  /** Returns true when this call graded the attempt. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean closeIfOverdue(String attemptId) {
    return attempts
        .findForUpdate(attemptId)
        .filter(a -> a.isOverdue(Instant.now(clock)))
        .map(
            a -> {
              grading.finish(a, "system");
              return true;
            })
        .orElse(false);
  }
}
