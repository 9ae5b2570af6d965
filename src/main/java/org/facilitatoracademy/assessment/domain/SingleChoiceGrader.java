package org.facilitatoracademy.assessment.domain;

/** Single choice: the key earns 1, anything else 0. */
final class SingleChoiceGrader implements QuestionGrader {

  @Override
  public void check(QuestionVersion question, Response response) {
    SingleResponse single = QuestionGrader.expect(SingleResponse.class, question, response);
    if (question.choice(ChoiceRole.OPTION, single.optionId()).isEmpty()) {
      throw QuestionGrader.invalid(
          "The option '" + single.optionId() + "' is not an option of this question.");
    }
  }

  @Override
  public double fraction(QuestionVersion question, Response response) {
    String chosen = ((SingleResponse) response).optionId();
    return question.choice(ChoiceRole.OPTION, chosen).filter(Choice::correct).isPresent() ? 1 : 0;
  }

  @Override
  public Response rightAnswer(QuestionVersion question) {
    return new SingleResponse(
        question.choices(ChoiceRole.OPTION).stream()
            .filter(Choice::correct)
            .findFirst()
            .orElseThrow()
            .id());
  }
}
