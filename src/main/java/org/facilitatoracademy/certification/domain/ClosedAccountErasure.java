package org.facilitatoracademy.certification.domain;

import java.util.List;

/**
 * Erases what certification holds about a person whose account closed, apart from the certificates
 * themselves (see {@link Certificate#closeWithHolder}). Records that only mention them as the one
 * who signed, led or decided something about someone else stay: they name an account id, which no
 * longer leads to a name.
 */
public interface ClosedAccountErasure {

  /**
   * Their agreements, practicum entries, applications (with their history and decision comments),
   * appeals, evidence of passed quizzes, the mark of an imported account, and the coordinator-only
   * reasons recorded on their certificates.
   */
  void erase(String accountId, List<String> certificateIds);
}
