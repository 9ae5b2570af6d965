package org.facilitatoracademy.assessment.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Matching with partial credit: each left side paired with its right side earns an equal share of
 * 1; a wrong or missing pairing earns nothing for that side.
 */
final class MatchingGrader implements QuestionGrader {

  @Override
  public void check(QuestionVersion question, Response response) {
    MatchResponse match = QuestionGrader.expect(MatchResponse.class, question, response);
    match
        .matches()
        .forEach(
            (left, right) -> {
              if (question.choice(ChoiceRole.LEFT, left).isEmpty()) {
                throw QuestionGrader.invalid("'" + left + "' is not a left side of this question.");
              }
              if (question.choice(ChoiceRole.RIGHT, right).isEmpty()) {
                throw QuestionGrader.invalid(
                    "'" + right + "' is not a right side of this question.");
              }
            });
  }

  @Override
  public double fraction(QuestionVersion question, Response response) {
    Map<String, String> given = ((MatchResponse) response).matches();
    var lefts = question.choices(ChoiceRole.LEFT);
    long right = lefts.stream().filter(l -> l.partnerId().equals(given.get(l.id()))).count();
    return (double) right / lefts.size();
  }

  @Override
  public Response rightAnswer(QuestionVersion question) {
    Map<String, String> key = new LinkedHashMap<>();
    question.choices(ChoiceRole.LEFT).forEach(l -> key.put(l.id(), l.partnerId()));
    return new MatchResponse(key);
  }
}
