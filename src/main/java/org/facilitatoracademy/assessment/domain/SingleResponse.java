package org.facilitatoracademy.assessment.domain;

import java.util.List;
import java.util.Objects;
import org.facilitatoracademy.catalog.domain.QuestionType;

/** The one option chosen in a single-choice question. */
public record SingleResponse(String optionId) implements Response {

  public SingleResponse {
    Objects.requireNonNull(optionId);
  }

  @Override
  public QuestionType type() {
    return QuestionType.SINGLE;
  }

  @Override
  public String toRaw() {
    return RawJson.object().put("optionId", optionId).toString();
  }

  @Override
  public List<String> choiceKeys() {
    return List.of(optionId);
  }

  @Override
  public Response renamed(Rename rename) {
    return new SingleResponse(rename.apply(ChoiceRole.OPTION, optionId));
  }
}
