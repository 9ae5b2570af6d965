package org.facilitatoracademy.assessment.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.facilitatoracademy.assessment.domain.Attempt;
import org.facilitatoracademy.assessment.domain.AttemptState;
import org.facilitatoracademy.assessment.domain.ChoiceIds;

/**
 * An attempt as its owner sees it: the questions as at start with the saved responses, the
 * deadline, and, once graded, the result and every grade it received.
 */
public record AttemptView(
    String attemptId,
    String quizId,
    String quizTitle,
    String courseId,
    String contentVersion,
    int number,
    AttemptState state,
    Instant startedAt,
    Optional<Instant> deadline,
    Optional<Instant> finishedAt,
    List<QuestionView> questions,
    Optional<AttemptResult> result,
    List<GradeView> grades) {

  static AttemptView of(Attempt a, ReviewTerms terms) {
    ChoiceIds ids = a.choiceIds();
    return new AttemptView(
        a.publicId(),
        a.quizId(),
        a.quizVersion().title(),
        a.courseId(),
        a.contentVersion(),
        a.number(),
        a.state(),
        a.startedAt(),
        a.deadline(),
        a.finishedAt(),
        a.slots().stream().map(s -> QuestionView.of(s, ids)).toList(),
        AttemptResult.of(a, terms),
        a.grades().stream().map(GradeView::of).toList());
  }

  public boolean finished() {
    return state == AttemptState.FINISHED;
  }

  public long answeredCount() {
    return questions.stream().filter(QuestionView::answered).count();
  }
}
