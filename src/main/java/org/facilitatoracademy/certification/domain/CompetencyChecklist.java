package org.facilitatoracademy.certification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.ArrayList;
import java.util.List;

/**
 * What the signing mentor saw the trainee do in a co-facilitated meeting. Each competency is a
 * yes/no observation; a co-facilitated meeting counts toward the practicum only when every one was
 * shown, so a mentor can record a meeting honestly without it counting yet.
 */
@Embeddable
public class CompetencyChecklist {

  /** The competencies, in the order a meeting runs. */
  public enum Competency {
    OPENING_STATEMENT,
    TIMEKEEPING,
    TOOL_USE,
    HANDLING_ADVICE_GIVING,
    CONFIDENTIALITY_REMINDER,
    CHECK_OUT
  }

  @Column(name = "opening_statement")
  private Boolean openingStatement;

  @Column(name = "timekeeping")
  private Boolean timekeeping;

  @Column(name = "tool_use")
  private Boolean toolUse;

  @Column(name = "handling_advice_giving")
  private Boolean handlingAdviceGiving;

  @Column(name = "confidentiality_reminder")
  private Boolean confidentialityReminder;

  @Column(name = "check_out")
  private Boolean checkOut;

  protected CompetencyChecklist() {}

  public CompetencyChecklist(
      boolean openingStatement,
      boolean timekeeping,
      boolean toolUse,
      boolean handlingAdviceGiving,
      boolean confidentialityReminder,
      boolean checkOut) {
    this.openingStatement = openingStatement;
    this.timekeeping = timekeeping;
    this.toolUse = toolUse;
    this.handlingAdviceGiving = handlingAdviceGiving;
    this.confidentialityReminder = confidentialityReminder;
    this.checkOut = checkOut;
  }

  public boolean shown(Competency competency) {
    Boolean value =
        switch (competency) {
          case OPENING_STATEMENT -> openingStatement;
          case TIMEKEEPING -> timekeeping;
          case TOOL_USE -> toolUse;
          case HANDLING_ADVICE_GIVING -> handlingAdviceGiving;
          case CONFIDENTIALITY_REMINDER -> confidentialityReminder;
          case CHECK_OUT -> checkOut;
        };
    return Boolean.TRUE.equals(value);
  }

  public List<Competency> notShown() {
    List<Competency> missing = new ArrayList<>();
    for (Competency c : Competency.values()) {
      if (!shown(c)) {
        missing.add(c);
      }
    }
    return missing;
  }

  public boolean allShown() {
    return notShown().isEmpty();
  }
}
