package org.facilitatoracademy.assessment.domain;

import java.util.List;
import org.facilitatoracademy.catalog.domain.QuestionType;

/** The options ticked in a multiple-choice question; none ticked is a valid, empty answer. */
public record MultipleResponse(List<String> optionIds) implements Response {

  public MultipleResponse {
    optionIds = List.copyOf(optionIds);
  }

  @Override
  public QuestionType type() {
    return QuestionType.MULTIPLE;
  }

  @Override
  public String toRaw() {
    return RawJson.withIds("optionIds", optionIds).toString();
  }

  @Override
  public List<String> choiceKeys() {
    return optionIds;
  }

  @Override
  public Response renamed(Rename rename) {
    return new MultipleResponse(
        optionIds.stream().map(id -> rename.apply(ChoiceRole.OPTION, id)).toList());
  }
}
