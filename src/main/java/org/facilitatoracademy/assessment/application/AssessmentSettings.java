package org.facilitatoracademy.assessment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.facilitatoracademy.assessment.domain.FlagThresholds;

/** The configurable figures of assessment (README, "Policy settings"). */
@ApplicationScoped
public class AssessmentSettings {

  @Inject
  @ConfigProperty(name = "academy.policy.exam.scenario-percent", defaultValue = "25")
  int scenarioPercent;

  @Inject
  @ConfigProperty(name = "academy.statistics.too-easy-above", defaultValue = "0.9")
  double tooEasyAbove;

  @Inject
  @ConfigProperty(name = "academy.statistics.too-hard-below", defaultValue = "0.3")
  double tooHardBelow;

  @Inject
  @ConfigProperty(name = "academy.statistics.low-discrimination-below", defaultValue = "0.2")
  double lowDiscriminationBelow;

  @Inject
  @ConfigProperty(name = "academy.statistics.min-responses", defaultValue = "20")
  long minResponses;

  /** Scenario items every exam draw must hold: the configured share of the draw, rounded up. */
  public int minScenarios(int draw) {
    return (int) Math.ceil(draw * scenarioPercent / 100.0);
  }

  public FlagThresholds flagThresholds() {
    return new FlagThresholds(tooEasyAbove, tooHardBelow, lowDiscriminationBelow, minResponses);
  }
}
