package org.facilitatoracademy.certification.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The checklist for one credential: every requirement with whether it is met. Trainees see it on
 * their home page; an application is refused with exactly the {@link #unmet()} codes.
 */
public record RequirementCheck(CredentialType credential, List<RequirementItem> items) {

  public RequirementCheck {
    items = List.copyOf(items);
  }

  /**
   * Evaluates the requirements against the evidence.
   *
   * @param accepted agreements the person has accepted (at any time, for a first certificate)
   */
  public static RequirementCheck evaluate(
      CredentialRequirements requirements,
      LearningState learning,
      PracticumRecord practicum,
      Set<Agreement> accepted) {
    List<RequirementItem> items = new ArrayList<>();
    if (!learning.enrolled()) {
      items.add(
          RequirementItem.yesNo("enrolment:" + learning.courseId(), learning.courseTitle(), false));
    }
    for (LearningState.Module module : learning.unfinishedModules()) {
      items.add(RequirementItem.yesNo("module:" + module.id(), module.title(), false));
    }
    if (learning.enrolled() && learning.unfinishedModules().isEmpty()) {
      items.add(
          RequirementItem.yesNo("modules:" + learning.courseId(), learning.courseTitle(), true));
    }
    learning
        .examQuizId()
        .ifPresent(
            exam ->
                items.add(
                    RequirementItem.yesNo(
                        "exam:" + exam, learning.courseTitle(), learning.examPassed())));
    if (requirements.observedMeetings() > 0) {
      items.add(
          RequirementItem.counted(
              "practicum:observed-meetings",
              practicum.observedLeaders(),
              requirements.observedMeetings()));
    }
    if (requirements.rolePlays() > 0) {
      items.add(
          RequirementItem.counted(
              "practicum:role-plays", practicum.rolePlays(), requirements.rolePlays()));
    }
    if (requirements.coFacilitatedMeetings() > 0) {
      items.add(
          RequirementItem.counted(
              "practicum:co-facilitated-meetings",
              practicum.coFacilitatedMeetings(),
              requirements.coFacilitatedMeetings()));
    }
    requirements.agreements().stream()
        .sorted(Comparator.naturalOrder())
        .forEach(
            a ->
                items.add(
                    RequirementItem.yesNo("agreement:" + a.code(), "", accepted.contains(a))));
    return new RequirementCheck(requirements.credential(), items);
  }

  public boolean met() {
    return items.stream().allMatch(RequirementItem::met);
  }

  /** The codes of what is still missing, in checklist order. */
  public List<String> unmet() {
    return items.stream().filter(i -> !i.met()).map(RequirementItem::code).toList();
  }
}
