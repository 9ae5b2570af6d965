package org.facilitatoracademy.assessment.application;

import java.util.List;
import java.util.Optional;
import org.facilitatoracademy.assessment.domain.AttemptSlot;
import org.facilitatoracademy.assessment.domain.ChoiceIds;
import org.facilitatoracademy.assessment.domain.ChoiceRole;
import org.facilitatoracademy.assessment.domain.QuestionVersion;
import org.facilitatoracademy.assessment.domain.Response;
import org.facilitatoracademy.assessment.domain.SlotState;
import org.facilitatoracademy.catalog.domain.QuestionType;

/**
 * One question of an attempt as it was asked: the choices in the order they were shown, and the
 * saved response. Built only from the ids this attempt issued and texts, so nothing in it reveals
 * the key or the authored ids.
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

  static QuestionView of(AttemptSlot slot, ChoiceIds ids) {
    QuestionVersion q = slot.question();
    boolean choices = q.type() == QuestionType.SINGLE || q.type() == QuestionType.MULTIPLE;
    return new QuestionView(
        slot.number(),
        q.type(),
        q.text(),
        q.points(),
        choices ? shown(q, ids, ChoiceRole.OPTION, slot.shownOrder()) : List.of(),
        q.type() == QuestionType.ORDER
            ? shown(q, ids, ChoiceRole.ITEM, slot.shownOrder())
            : List.of(),
        shown(q, ids, ChoiceRole.LEFT, slot.shownLefts()),
        shown(q, ids, ChoiceRole.RIGHT, slot.shownRights()),
        slot.response().map(r -> ids.shown(q, r)),
        slot.state());
  }

  private static List<ChoiceView> shown(
      QuestionVersion q, ChoiceIds ids, ChoiceRole role, List<String> authoredIds) {
    return authoredIds.stream()
        .map(id -> new ChoiceView(ids.issue(q, role, id), q.choice(role, id).orElseThrow().text()))
        .toList();
  }

  public boolean answered() {
    return response.isPresent();
  }
}
