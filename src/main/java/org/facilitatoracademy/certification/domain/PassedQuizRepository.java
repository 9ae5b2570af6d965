package org.facilitatoracademy.certification.domain;

import java.util.List;

/** Where the evidence of passed quizzes is kept. */
public interface PassedQuizRepository {

  void store(PassedQuiz pass);

  /** The person's passes in one course, oldest first. */
  List<PassedQuiz> of(String accountId, String courseId);
}
