package org.facilitatoracademy.assessment.application;

import org.facilitatoracademy.assessment.domain.AttemptSlot;
import org.facilitatoracademy.assessment.domain.ChoiceIds;
import org.facilitatoracademy.assessment.domain.Response;
import org.facilitatoracademy.assessment.domain.SlotState;

/**
 * Feedback on one question after submission: how right, the right answer (in the ids the attempt
 * showed) and why.
 */
public record SlotResult(
    int slot,
    SlotState state,
    double fraction,
    double mark,
    int points,
    boolean correct,
    String explanation,
    Response rightAnswer) {

  static SlotResult of(AttemptSlot slot, ChoiceIds ids) {
    double fraction = slot.fraction().orElse(0.0);
    return new SlotResult(
        slot.number(),
        slot.state(),
        fraction,
        slot.mark().orElse(0.0),
        slot.question().points(),
        slot.state() == SlotState.GRADED_RIGHT,
        slot.keyQuestion().explanation(),
        ids.shown(slot.question(), slot.rightAnswer()));
  }
}
