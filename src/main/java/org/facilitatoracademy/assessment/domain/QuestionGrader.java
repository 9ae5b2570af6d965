package org.facilitatoracademy.assessment.domain;

import org.facilitatoracademy.catalog.domain.QuestionType;
import org.facilitatoracademy.platform.errors.BusinessException;

/**
 * How one question type checks and grades a response (Moodle's question type, without the
 * behaviour). Each type has its own grader; the partial-credit rules are documented in the README.
 */
public interface QuestionGrader {

  /** Refuses a response naming options, items or sides the question does not have. */
  void check(QuestionVersion question, Response response);

  /** How right the response is, from 0 to 1. The response has passed {@link #check}. */
  double fraction(QuestionVersion question, Response response);

  /** The right answer, in the shape of a response, shown after submission. */
  Response rightAnswer(QuestionVersion question);

  static QuestionGrader of(QuestionType type) {
    return switch (type) {
      case SINGLE -> new SingleChoiceGrader();
      case MULTIPLE -> new MultipleChoiceGrader();
      case TRUEFALSE -> new TrueFalseGrader();
      case ORDER -> new OrderingGrader();
      case MATCH -> new MatchingGrader();
    };
  }

  static BusinessException invalid(String message) {
    return new BusinessException(BusinessException.Kind.MALFORMED, "invalid-response", message);
  }

  static <T extends Response> T expect(
      Class<T> shape, QuestionVersion question, Response response) {
    if (!shape.isInstance(response)) {
      throw invalid(
          "This is a "
              + question.type().authoredName()
              + " question; send a response of that type.");
    }
    return shape.cast(response);
  }
}
