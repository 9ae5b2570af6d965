package org.facilitatoracademy.assessment.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Multiple choice with partial credit: each correct option ticked earns an equal share of 1, each
 * incorrect option ticked takes away an equal share of 1, and the fraction is never below 0.
 * Ticking everything therefore earns 0, and so does ticking at random, on average.
 */
final class MultipleChoiceGrader implements QuestionGrader {

  @Override
  public void check(QuestionVersion question, Response response) {
    MultipleResponse multiple = QuestionGrader.expect(MultipleResponse.class, question, response);
    Set<String> seen = new HashSet<>();
    for (String id : multiple.optionIds()) {
      if (question.choice(ChoiceRole.OPTION, id).isEmpty()) {
        throw QuestionGrader.invalid("The option '" + id + "' is not an option of this question.");
      }
      if (!seen.add(id)) {
        throw QuestionGrader.invalid("The option '" + id + "' is ticked twice.");
      }
    }
  }

  @Override
  public double fraction(QuestionVersion question, Response response) {
    Set<String> ticked = Set.copyOf(((MultipleResponse) response).optionIds());
    List<Choice> options = question.choices(ChoiceRole.OPTION);
    long correct = options.stream().filter(Choice::correct).count();
    long incorrect = options.size() - correct;
    long rightTicked = options.stream().filter(o -> o.correct() && ticked.contains(o.id())).count();
    long wrongTicked =
        options.stream().filter(o -> !o.correct() && ticked.contains(o.id())).count();
    double earned = (double) rightTicked / correct;
    double lost = incorrect == 0 ? 0 : (double) wrongTicked / incorrect;
    return Math.max(0, earned - lost);
  }

  @Override
  public Response rightAnswer(QuestionVersion question) {
    return new MultipleResponse(
        question.choices(ChoiceRole.OPTION).stream()
            .filter(Choice::correct)
            .map(Choice::id)
            .toList());
  }
}
