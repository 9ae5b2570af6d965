package org.facilitatoracademy.assessment.application;

import jakarta.ejb.ApplicationException;
import org.facilitatoracademy.platform.errors.BusinessException;

/**
 * A response came after the attempt's deadline. Unlike other refusals it does not roll back: the
 * attempt was graded as it stood at the deadline in the same transaction, and that must stay.
 */
@ApplicationException(rollback = false)
public class DeadlinePassed extends BusinessException {

  private static final long serialVersionUID = 1L;

  public DeadlinePassed() {
    super(
        Kind.CONFLICT,
        "deadline-passed",
        "The time for this attempt is over: it has been graded as it stood at the deadline.");
  }
}
