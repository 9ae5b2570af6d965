package org.facilitatoracademy.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class FlagThresholdsTest {

  private final FlagThresholds thresholds = FlagThresholds.DEFAULTS;

  @Test
  void aHealthyItemHasNoFlags() {
    assertThat(thresholds.flags(100, 0.7, Optional.of(0.4), 0)).isEmpty();
  }

  @Test
  void almostEveryoneRightIsTooEasyAndAlmostNobodyRightIsTooHard() {
    assertThat(thresholds.flags(100, 0.95, Optional.of(0.3), 0)).containsExactly(ItemFlag.TOO_EASY);
    assertThat(thresholds.flags(100, 0.2, Optional.of(0.3), 0)).containsExactly(ItemFlag.TOO_HARD);
  }

  @Test
  void discriminationBelowZeroIsNegativeAndBelowTheThresholdIsLow() {
    assertThat(thresholds.flags(100, 0.6, Optional.of(-0.1), 0))
        .containsExactly(ItemFlag.NEGATIVE_DISCRIMINATION);
    assertThat(thresholds.flags(100, 0.6, Optional.of(0.1), 0))
        .containsExactly(ItemFlag.LOW_DISCRIMINATION);
  }

  @Test
  void anIncorrectOptionNobodyChoosesIsAnUnusedDistractor() {
    assertThat(thresholds.flags(100, 0.6, Optional.of(0.4), 1))
        .containsExactly(ItemFlag.UNUSED_DISTRACTOR);
  }

  @Test
  void tooFewResponsesRaiseNoFlags() {
    assertThat(thresholds.flags(19, 1.0, Optional.of(-0.9), 3)).isEmpty();
  }
}
