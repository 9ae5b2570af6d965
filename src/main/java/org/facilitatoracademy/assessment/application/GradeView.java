package org.facilitatoracademy.assessment.application;

import java.time.Instant;
import org.facilitatoracademy.assessment.domain.AttemptGrade;
import org.facilitatoracademy.assessment.domain.GradeReason;

/** One grade in an attempt's history: the first at submission, more after regrades. */
public record GradeView(
    int sequence,
    GradeReason reason,
    Instant gradedAt,
    String keyContentVersion,
    double score,
    boolean passed) {

  static GradeView of(AttemptGrade grade) {
    return new GradeView(
        grade.sequenceNumber(),
        grade.reason(),
        grade.gradedAt(),
        grade.keyContentVersion(),
        AttemptResult.rounded(grade.percent()),
        grade.passed());
  }
}
