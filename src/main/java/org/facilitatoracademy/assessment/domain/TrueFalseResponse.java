package org.facilitatoracademy.assessment.domain;

import java.util.List;
import org.facilitatoracademy.catalog.domain.QuestionType;

/** True or false, for a statement. */
public record TrueFalseResponse(boolean value) implements Response {

  @Override
  public QuestionType type() {
    return QuestionType.TRUEFALSE;
  }

  @Override
  public String toRaw() {
    return RawJson.object().put("value", value).toString();
  }

  @Override
  public List<String> choiceKeys() {
    return List.of(Boolean.toString(value));
  }

  @Override
  public Response renamed(Rename rename) {
    return this;
  }
}
