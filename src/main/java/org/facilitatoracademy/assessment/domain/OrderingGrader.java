package org.facilitatoracademy.assessment.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Ordering with partial credit by pairs: every pair of items placed in the right relative order
 * counts +1, every pair in the wrong order −1; the fraction is that sum divided by the number of
 * pairs, never below 0 (Kendall's tau, floored). One neighbouring swap among four items earns 2/3;
 * a reversed or random order earns nothing.
 */
final class OrderingGrader implements QuestionGrader {

  @Override
  public void check(QuestionVersion question, Response response) {
    OrderResponse order = QuestionGrader.expect(OrderResponse.class, question, response);
    List<Choice> items = question.choices(ChoiceRole.ITEM);
    Set<String> seen = new HashSet<>();
    for (String id : order.order()) {
      if (question.choice(ChoiceRole.ITEM, id).isEmpty()) {
        throw QuestionGrader.invalid("The item '" + id + "' is not an item of this question.");
      }
      if (!seen.add(id)) {
        throw QuestionGrader.invalid("The item '" + id + "' is placed twice.");
      }
    }
    if (seen.size() != items.size()) {
      throw QuestionGrader.invalid(
          "Place every item of the question: " + items.size() + " items, in your order.");
    }
  }

  @Override
  public double fraction(QuestionVersion question, Response response) {
    List<String> key = question.choices(ChoiceRole.ITEM).stream().map(Choice::id).toList();
    List<String> given = ((OrderResponse) response).order();
    int n = given.size();
    int score = 0;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        score += key.indexOf(given.get(i)) < key.indexOf(given.get(j)) ? 1 : -1;
      }
    }
    int pairs = n * (n - 1) / 2;
    return pairs == 0 ? 1 : Math.max(0, (double) score / pairs);
  }

  @Override
  public Response rightAnswer(QuestionVersion question) {
    return new OrderResponse(question.choices(ChoiceRole.ITEM).stream().map(Choice::id).toList());
  }
}
