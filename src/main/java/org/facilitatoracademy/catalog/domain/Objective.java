package org.facilitatoracademy.catalog.domain;

import java.util.Objects;

/** Something a learner can do after a module; quiz items name the objective they test. */
public record Objective(String id, String text) {

  public Objective {
    Objects.requireNonNull(id);
    Objects.requireNonNull(text);
  }
}
