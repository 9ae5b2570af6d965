package org.facilitatoracademy.assessment.application;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.facilitatoracademy.assessment.domain.MatchResponse;
import org.facilitatoracademy.assessment.domain.MultipleResponse;
import org.facilitatoracademy.assessment.domain.OrderResponse;
import org.facilitatoracademy.assessment.domain.Response;
import org.facilitatoracademy.assessment.domain.SingleResponse;
import org.facilitatoracademy.assessment.domain.TrueFalseResponse;
import org.facilitatoracademy.catalog.domain.QuestionType;
import org.facilitatoracademy.platform.errors.BusinessException;

/**
 * An answer as clients send it, one field per question type: single {@code optionId}, multiple
 * {@code optionIds}, truefalse {@code value}, order {@code order}, match {@code matches}.
 */
public record GivenAnswer(
    String optionId,
    List<String> optionIds,
    Boolean value,
    List<String> order,
    Map<String, String> matches) {

  /** The response to a question of that type; 400 when the type's field is missing. */
  public Response toResponse(QuestionType type) {
    return switch (type) {
      case SINGLE -> new SingleResponse(required(optionId, "optionId", type));
      case MULTIPLE -> new MultipleResponse(ids(required(optionIds, "optionIds", type)));
      case TRUEFALSE -> new TrueFalseResponse(required(value, "value", type));
      case ORDER -> new OrderResponse(ids(required(order, "order", type)));
      case MATCH -> {
        Map<String, String> pairs = required(matches, "matches", type);
        if (pairs.keySet().stream().anyMatch(Objects::isNull)
            || pairs.values().stream().anyMatch(Objects::isNull)) {
          throw BusinessException.malformed("Every match pairs a left id with a right id.");
        }
        yield new MatchResponse(pairs);
      }
    };
  }

  public static GivenAnswer of(Response response) {
    return switch (response.type()) {
      case SINGLE ->
          new GivenAnswer(((SingleResponse) response).optionId(), null, null, null, null);
      case MULTIPLE ->
          new GivenAnswer(null, ((MultipleResponse) response).optionIds(), null, null, null);
      case TRUEFALSE ->
          new GivenAnswer(null, null, ((TrueFalseResponse) response).value(), null, null);
      case ORDER -> new GivenAnswer(null, null, null, ((OrderResponse) response).order(), null);
      case MATCH -> new GivenAnswer(null, null, null, null, ((MatchResponse) response).matches());
    };
  }

  private static List<String> ids(List<String> ids) {
    if (ids.stream().anyMatch(Objects::isNull)) {
      throw BusinessException.malformed("An id in the answer is null.");
    }
    return ids;
  }

  private static <T> T required(T field, String name, QuestionType type) {
    if (field == null) {
      throw BusinessException.malformed(
          "This is a " + type.authoredName() + " question: send {\"" + name + "\": ...}.");
    }
    return field;
  }
}
