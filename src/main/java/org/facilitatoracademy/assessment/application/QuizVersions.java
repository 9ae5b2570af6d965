package org.facilitatoracademy.assessment.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.facilitatoracademy.assessment.domain.QuizVersion;
import org.facilitatoracademy.assessment.domain.QuizVersionRepository;
import org.facilitatoracademy.catalog.domain.Quiz;

/**
 * Copies a quiz's live content version into assessment's own tables the first time it is needed, in
 * a transaction of its own so that two people starting the first attempt of a new version at the
 * same moment store it once: the loser of the race finds the winner's copy.
 */
@Stateless
@PermitAll
public class QuizVersions {

  @Inject private QuizVersionRepository versions;
  @Inject private Clock clock;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void store(Quiz quiz) {
    if (versions.find(quiz.id(), quiz.contentVersion()).isEmpty()) {
      versions.store(new QuizVersion(quiz, Instant.now(clock)));
    }
  }
}
