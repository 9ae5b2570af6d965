package org.facilitatoracademy.assessment.domain;

import java.util.ArrayList;
import java.util.List;
import org.facilitatoracademy.catalog.domain.QuestionType;

/** The items of an order question, first to last, by id. */
public record OrderResponse(List<String> order) implements Response {

  public OrderResponse {
    order = List.copyOf(order);
  }

  @Override
  public QuestionType type() {
    return QuestionType.ORDER;
  }

  @Override
  public String toRaw() {
    return RawJson.withIds("order", order).toString();
  }

  /** Each item with the position (from 1) it was put in. */
  @Override
  public List<String> choiceKeys() {
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < order.size(); i++) {
      keys.add(order.get(i) + "@" + (i + 1));
    }
    return keys;
  }

  @Override
  public Response renamed(Rename rename) {
    return new OrderResponse(order.stream().map(id -> rename.apply(ChoiceRole.ITEM, id)).toList());
  }
}
