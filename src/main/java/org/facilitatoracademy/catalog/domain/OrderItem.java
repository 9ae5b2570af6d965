package org.facilitatoracademy.catalog.domain;

import java.util.Objects;

/** One item of an order question, with an id derived from its text. */
public record OrderItem(String id, String text) {

  public OrderItem {
    Objects.requireNonNull(id);
    Objects.requireNonNull(text);
  }

  public static OrderItem of(String text) {
    return new OrderItem(StableId.ofText(text), text);
  }
}
