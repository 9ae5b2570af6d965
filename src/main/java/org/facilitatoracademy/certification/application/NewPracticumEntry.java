package org.facilitatoracademy.certification.application;

import java.time.LocalDate;
import org.facilitatoracademy.certification.domain.PracticumKind;

/**
 * What a mentor or coordinator fills in to sign a piece of practice.
 *
 * @param leaderAccountId who led an observed meeting
 * @param checklist the competencies seen in a co-facilitated meeting
 * @param note about the trainee's practice only, never about participants
 */
public record NewPracticumEntry(
    PracticumKind kind, LocalDate date, String leaderAccountId, Checklist checklist, String note) {

  /** The competency checklist of a co-facilitated meeting: shown or not, each. */
  public record Checklist(
      Boolean openingStatement,
      Boolean timekeeping,
      Boolean toolUse,
      Boolean handlingAdviceGiving,
      Boolean confidentialityReminder,
      Boolean checkOut) {}
}
