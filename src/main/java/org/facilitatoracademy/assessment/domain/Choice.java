package org.facilitatoracademy.assessment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/**
 * One option, order item or match side of a stored question, with its stable id. The key lives here
 * too ({@code correct} for options, {@code partnerId} for left sides, the stored position for
 * items), which is why choices never leave the server before submission.
 */
@Embeddable
public class Choice {

  @Enumerated(EnumType.STRING)
  @Column(name = "choice_role", nullable = false)
  private ChoiceRole role;

  @Column(name = "choice_id", nullable = false)
  private String choiceId;

  @Column(name = "choice_text", nullable = false)
  private String text;

  @Column(name = "correct", nullable = false)
  private boolean correct;

  @Column(name = "partner_id")
  private String partnerId;

  protected Choice() {}

  private Choice(ChoiceRole role, String choiceId, String text, boolean correct, String partnerId) {
    this.role = Objects.requireNonNull(role);
    this.choiceId = Objects.requireNonNull(choiceId);
    this.text = Objects.requireNonNull(text);
    this.correct = correct;
    this.partnerId = partnerId;
  }

  public static Choice option(String id, String text, boolean correct) {
    return new Choice(ChoiceRole.OPTION, id, text, correct, null);
  }

  public static Choice item(String id, String text) {
    return new Choice(ChoiceRole.ITEM, id, text, false, null);
  }

  public static Choice left(String id, String text, String rightId) {
    return new Choice(ChoiceRole.LEFT, id, text, false, Objects.requireNonNull(rightId));
  }

  public static Choice right(String id, String text) {
    return new Choice(ChoiceRole.RIGHT, id, text, false, null);
  }

  public ChoiceRole role() {
    return role;
  }

  public String id() {
    return choiceId;
  }

  public String text() {
    return text;
  }

  /** For options: whether it is (one of) the right answer(s). */
  public boolean correct() {
    return correct;
  }

  /** For left sides: the id of the right side it belongs with. */
  public String partnerId() {
    return partnerId;
  }
}
