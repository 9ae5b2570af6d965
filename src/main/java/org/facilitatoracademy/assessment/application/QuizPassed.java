package org.facilitatoracademy.assessment.application;

import java.time.Instant;

/**
 * A person passed a quiz within one course enrollment. Fired inside the grading transaction, so
 * whatever other contexts record from it (the catalog opens the next module) commits together with
 * the graded attempt or not at all.
 *
 * @param accountId the person's public account id
 * @param courseId the course the quiz was taken in (progress counts per enrollment)
 * @param quizId the quiz (a module quiz or the course exam)
 * @param contentVersion the version of the quiz the attempt was drawn from
 * @param scorePercent the attempt's grade, 0 to 100
 * @param passedAt when the attempt was graded
 */
public record QuizPassed(
    String accountId,
    String courseId,
    String quizId,
    String contentVersion,
    int scorePercent,
    Instant passedAt) {}
