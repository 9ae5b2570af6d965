package org.facilitatoracademy.assessment.api;

import java.time.Instant;
import java.util.List;
import org.facilitatoracademy.assessment.application.AttemptResult;
import org.facilitatoracademy.assessment.application.AttemptSummary;
import org.facilitatoracademy.assessment.application.AttemptView;
import org.facilitatoracademy.assessment.application.ChoiceView;
import org.facilitatoracademy.assessment.application.GivenAnswer;
import org.facilitatoracademy.assessment.application.GradeView;
import org.facilitatoracademy.assessment.application.QuestionView;
import org.facilitatoracademy.assessment.application.SlotResult;

/** JSON shapes of attempts. Absent values are left out of the JSON. */
public final class AttemptDtos {

  private AttemptDtos() {}

  /** An option, order item or match side: id and text only. */
  public record ChoiceDto(String id, String text) {
    static List<ChoiceDto> of(List<ChoiceView> choices) {
      return choices.isEmpty()
          ? null
          : choices.stream().map(c -> new ChoiceDto(c.id(), c.text())).toList();
    }
  }

  /**
   * A question as asked; {@code response} is the saved answer in the body shape of PUT
   * responses/{slot}.
   */
  public record QuestionDto(
      int slot,
      String type,
      String text,
      int points,
      List<ChoiceDto> options,
      List<ChoiceDto> items,
      List<ChoiceDto> left,
      List<ChoiceDto> right,
      GivenAnswer response,
      boolean answered) {

    static QuestionDto of(QuestionView q) {
      return new QuestionDto(
          q.slot(),
          q.type().authoredName(),
          q.text(),
          q.points(),
          ChoiceDto.of(q.options()),
          ChoiceDto.of(q.items()),
          ChoiceDto.of(q.left()),
          ChoiceDto.of(q.right()),
          q.response().map(GivenAnswer::of).orElse(null),
          q.answered());
    }
  }

  /** Feedback on one question after submission. */
  public record QuestionResultDto(
      int slot,
      double fraction,
      double mark,
      int points,
      boolean correct,
      String state,
      String explanation,
      GivenAnswer rightAnswer) {

    static QuestionResultDto of(SlotResult r) {
      return new QuestionResultDto(
          r.slot(),
          r.fraction(),
          r.mark(),
          r.points(),
          r.correct(),
          r.state().name(),
          r.explanation(),
          GivenAnswer.of(r.rightAnswer()));
    }
  }

  /** The result in one area tag: {@code fraction} from 0 to 1. */
  public record AreaDto(String area, double fraction) {}

  /** An objective the attempt tested, in the module's words, and whether it was met. */
  public record ObjectiveDto(String id, String text, boolean met) {}

  /**
   * The grade of a submitted attempt: {@code score} in percent, two decimals. {@code review} is the
   * quiz's policy: {@code full} adds {@code questions} (per question how right, the right answer
   * and why); {@code areas} leaves them out, so the bank's answers do not leak through earlier
   * attempts.
   */
  public record ResultDto(
      String attemptId,
      double score,
      boolean passed,
      int passMark,
      double marks,
      int maxMarks,
      String finishReason,
      String review,
      List<AreaDto> areas,
      List<ObjectiveDto> objectives,
      List<QuestionResultDto> questions) {

    static ResultDto of(String attemptId, AttemptResult r) {
      return new ResultDto(
          attemptId,
          r.score(),
          r.passed(),
          r.passMark(),
          r.marks(),
          r.maxMarks(),
          r.finishReason().map(Enum::name).orElse(null),
          r.review().authoredName(),
          r.areas().stream().map(a -> new AreaDto(a.area(), a.fraction())).toList(),
          r.objectives().stream().map(o -> new ObjectiveDto(o.id(), o.text(), o.met())).toList(),
          r.perQuestion() ? r.questions().stream().map(QuestionResultDto::of).toList() : null);
    }
  }

  /** One grade in an attempt's history. */
  public record GradeDto(
      int sequence,
      String reason,
      Instant gradedAt,
      String keyContentVersion,
      double score,
      boolean passed) {

    static GradeDto of(GradeView g) {
      return new GradeDto(
          g.sequence(),
          g.reason().name(),
          g.gradedAt(),
          g.keyContentVersion(),
          g.score(),
          g.passed());
    }
  }

  /**
   * An attempt with its questions as at start, saved responses, deadline and, once graded, result.
   */
  public record AttemptDto(
      String attemptId,
      String quizId,
      String quizTitle,
      String courseId,
      String contentVersion,
      int number,
      String state,
      Instant startedAt,
      Instant deadline,
      Instant finishedAt,
      List<QuestionDto> questions,
      ResultDto result,
      List<GradeDto> grades) {

    static AttemptDto of(AttemptView a) {
      return new AttemptDto(
          a.attemptId(),
          a.quizId(),
          a.quizTitle(),
          a.courseId(),
          a.contentVersion(),
          a.number(),
          a.state().name(),
          a.startedAt(),
          a.deadline().orElse(null),
          a.finishedAt().orElse(null),
          a.questions().stream().map(QuestionDto::of).toList(),
          a.result().map(r -> ResultDto.of(a.attemptId(), r)).orElse(null),
          a.grades().isEmpty() ? null : a.grades().stream().map(GradeDto::of).toList());
    }
  }

  /** One line of the attempt history. */
  public record AttemptSummaryDto(
      String attemptId,
      String quizId,
      String courseId,
      int number,
      String state,
      Instant startedAt,
      Instant deadline,
      Instant finishedAt,
      Double score,
      Boolean passed) {

    static AttemptSummaryDto of(AttemptSummary s) {
      return new AttemptSummaryDto(
          s.attemptId(),
          s.quizId(),
          s.courseId(),
          s.number(),
          s.state().name(),
          s.startedAt(),
          s.deadline().orElse(null),
          s.finishedAt().orElse(null),
          s.score().orElse(null),
          s.finished() ? s.passed() : null);
    }
  }
}
