package org.facilitatoracademy.certification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RequirementCheckTest {

  private static final CredentialRequirements FACILITATOR =
      new CredentialRequirements(
          CredentialType.FACILITATOR,
          "facilitator",
          2,
          1,
          2,
          Set.of(Agreement.CODE_OF_CONDUCT, Agreement.CONFIDENTIALITY));
  private static final CredentialRequirements HOST =
      new CredentialRequirements(
          CredentialType.HOST,
          "host",
          1,
          0,
          0,
          Set.of(Agreement.CODE_OF_CONDUCT, Agreement.CONFIDENTIALITY));
  private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
  private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");
  private static final CompetencyChecklist ALL_SHOWN =
      new CompetencyChecklist(true, true, true, true, true, true);

  private static LearningState finished(String course, String exam) {
    return new LearningState(course, course, true, List.of(), Optional.of(exam), true);
  }

  private static PracticumEntry observed(String leader) {
    return new PracticumEntry(
        "trainee", PracticumKind.OBSERVED_MEETING, TODAY, leader, null, null, "mentor", NOW, TODAY);
  }

  private static PracticumEntry rolePlay() {
    return new PracticumEntry(
        "trainee", PracticumKind.ROLE_PLAY, TODAY, null, null, null, "mentor", NOW, TODAY);
  }

  private static PracticumEntry coFacilitated(CompetencyChecklist checklist) {
    return new PracticumEntry(
        "trainee",
        PracticumKind.CO_FACILITATED,
        TODAY,
        null,
        checklist,
        "Kept time well.",
        "mentor",
        NOW,
        TODAY);
  }

  @Test
  void aTraineeWhoHasDoneEverythingMeetsTheFacilitatorRequirements() {
    List<PracticumEntry> entries =
        List.of(
            observed("leader-1"),
            observed("leader-2"),
            rolePlay(),
            coFacilitated(ALL_SHOWN),
            coFacilitated(ALL_SHOWN));
    RequirementCheck check =
        RequirementCheck.evaluate(
            FACILITATOR,
            finished("facilitator", "facilitator-exam"),
            PracticumRecord.of(entries),
            Set.of(Agreement.CODE_OF_CONDUCT, Agreement.CONFIDENTIALITY));
    assertThat(check.met()).isTrue();
    assertThat(check.unmet()).isEmpty();
  }

  @Test
  void aNewTraineeIsToldExactlyWhatIsMissing() {
    RequirementCheck check =
        RequirementCheck.evaluate(
            FACILITATOR,
            LearningState.notEnrolled(
                "facilitator", "Facilitator", Optional.of("facilitator-exam")),
            PracticumRecord.of(List.of()),
            Set.of());
    assertThat(check.unmet())
        .containsExactly(
            "enrolment:facilitator",
            "exam:facilitator-exam",
            "practicum:observed-meetings",
            "practicum:role-plays",
            "practicum:co-facilitated-meetings",
            "agreement:code-of-conduct",
            "agreement:confidentiality");
  }

  @Test
  void unfinishedModulesAreListedOneByOne() {
    LearningState learning =
        new LearningState(
            "facilitator",
            "Facilitator",
            true,
            List.of(
                new LearningState.Module("safety-and-ethics", "Safety"),
                new LearningState.Module("being-a-volunteer", "Volunteer")),
            Optional.of("facilitator-exam"),
            false);
    RequirementCheck check =
        RequirementCheck.evaluate(
            HOST,
            learning,
            PracticumRecord.of(List.of(observed("leader-1"))),
            Set.of(Agreement.CODE_OF_CONDUCT, Agreement.CONFIDENTIALITY));
    assertThat(check.unmet())
        .containsExactly(
            "module:safety-and-ethics", "module:being-a-volunteer", "exam:facilitator-exam");
  }

  @Test
  void observedMeetingsCountOnlyWithDifferentLeaders() {
    PracticumRecord record =
        PracticumRecord.of(List.of(observed("leader-1"), observed("leader-1"), rolePlay()));
    assertThat(record.observedLeaders()).isEqualTo(1);
    RequirementCheck check =
        RequirementCheck.evaluate(
            FACILITATOR,
            finished("facilitator", "facilitator-exam"),
            record,
            Set.of(Agreement.CODE_OF_CONDUCT, Agreement.CONFIDENTIALITY));
    RequirementItem observed =
        check.items().stream()
            .filter(i -> i.code().equals("practicum:observed-meetings"))
            .findFirst()
            .orElseThrow();
    assertThat(observed.done()).isEqualTo(1);
    assertThat(observed.needed()).isEqualTo(2);
    assertThat(observed.met()).isFalse();
  }

  @Test
  void aCoFacilitatedMeetingCountsOnlyWhenEveryCompetencyWasShown() {
    CompetencyChecklist noCheckOut = new CompetencyChecklist(true, true, true, true, true, false);
    assertThat(noCheckOut.notShown()).containsExactly(CompetencyChecklist.Competency.CHECK_OUT);
    PracticumRecord record =
        PracticumRecord.of(List.of(coFacilitated(ALL_SHOWN), coFacilitated(noCheckOut)));
    assertThat(record.coFacilitatedMeetings()).isEqualTo(1);
  }

  @Test
  void theHostCredentialNeedsOneObservedMeetingAndNoRolePlay() {
    RequirementCheck check =
        RequirementCheck.evaluate(
            HOST,
            finished("host", "host-exam"),
            PracticumRecord.of(List.of(observed("leader-1"))),
            Set.of(Agreement.CODE_OF_CONDUCT, Agreement.CONFIDENTIALITY));
    assertThat(check.met()).isTrue();
    List<String> codes =
        new ArrayList<>(check.items().stream().map(RequirementItem::code).toList());
    assertThat(codes).doesNotContain("practicum:role-plays", "practicum:co-facilitated-meetings");
  }

  @Test
  void anAgreementNotAcceptedIsUnmet() {
    RequirementCheck check =
        RequirementCheck.evaluate(
            HOST,
            finished("host", "host-exam"),
            PracticumRecord.of(List.of(observed("leader-1"))),
            Set.of(Agreement.CONFIDENTIALITY));
    assertThat(check.unmet()).containsExactly("agreement:code-of-conduct");
  }
}
