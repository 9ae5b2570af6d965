package org.facilitatoracademy.assessment.domain;

import java.util.Optional;

/** Where the stored versions of quizzes are kept. */
public interface QuizVersionRepository {

  Optional<QuizVersion> find(String quizId, String contentVersion);

  QuizVersion store(QuizVersion version);
}
