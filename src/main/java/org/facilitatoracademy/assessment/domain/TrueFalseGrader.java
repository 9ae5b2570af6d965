package org.facilitatoracademy.assessment.domain;

/** True/false: the right value earns 1, the other 0. */
final class TrueFalseGrader implements QuestionGrader {

  @Override
  public void check(QuestionVersion question, Response response) {
    QuestionGrader.expect(TrueFalseResponse.class, question, response);
  }

  @Override
  public double fraction(QuestionVersion question, Response response) {
    return ((TrueFalseResponse) response).value() == question.trueFalseAnswer() ? 1 : 0;
  }

  @Override
  public Response rightAnswer(QuestionVersion question) {
    return new TrueFalseResponse(question.trueFalseAnswer());
  }
}
