package org.facilitatoracademy.assessment.application;

import java.util.List;
import java.util.Optional;
import org.facilitatoracademy.assessment.domain.AttemptSlot;
import org.facilitatoracademy.assessment.domain.ChoiceRole;
import org.facilitatoracademy.assessment.domain.QuestionVersion;
import org.facilitatoracademy.assessment.domain.Response;
import org.facilitatoracademy.assessment.domain.SlotState;
import org.facilitatoracademy.catalog.domain.QuestionType;

/**
 * One question of an attempt as it was asked: the choices in the order they were shown, and the
 * saved response. Built only from ids and texts, so nothing in it reveals the key.
 */
public record QuestionView(
    int slot,
    QuestionType type,
    String text,
    int points,
    List<ChoiceView> options,
    List<ChoiceView> items,
    List<ChoiceView> left,
    List<ChoiceView> right,
    Optional<Response> response,
    SlotState state) {

  static QuestionView of(AttemptSlot slot) {
    QuestionVersion q = slot.question();
    boolean choices = q.type() == QuestionType.SINGLE || q.type() == QuestionType.MULTIPLE;
    return new QuestionView(
        slot.number(),
        q.type(),
        q.text(),
        q.points(),
        choices ? shown(q, ChoiceRole.OPTION, slot.shownOrder()) : List.of(),
        q.type() == QuestionType.ORDER ? shown(q, ChoiceRole.ITEM, slot.shownOrder()) : List.of(),
        shown(q, ChoiceRole.LEFT, slot.shownLefts()),
        shown(q, ChoiceRole.RIGHT, slot.shownRights()),
        slot.response(),
        slot.state());
  }

  private static List<ChoiceView> shown(QuestionVersion q, ChoiceRole role, List<String> ids) {
    return ids.stream()
        .map(id -> new ChoiceView(id, q.choice(role, id).orElseThrow().text()))
        .toList();
  }

  public boolean answered() {
    return response.isPresent();
  }
}
