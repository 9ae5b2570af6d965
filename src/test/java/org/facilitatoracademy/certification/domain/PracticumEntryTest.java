package org.facilitatoracademy.certification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.facilitatoracademy.platform.errors.BusinessException;
import org.junit.jupiter.api.Test;

class PracticumEntryTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
  private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");
  private static final CompetencyChecklist CHECKLIST =
      new CompetencyChecklist(true, true, true, true, true, true);

  private static String refusal(Runnable action) {
    try {
      action.run();
    } catch (BusinessException e) {
      return e.kind() + " " + e.code();
    }
    throw new AssertionError("not refused");
  }

  @Test
  void nobodySignsTheirOwnPracticum() {
    assertThat(
            refusal(
                () ->
                    new PracticumEntry(
                        "mentor",
                        PracticumKind.ROLE_PLAY,
                        TODAY,
                        null,
                        null,
                        null,
                        "mentor",
                        NOW,
                        TODAY)))
        .isEqualTo("FORBIDDEN own-practicum");
  }

  @Test
  void anObservedMeetingNamesItsLeaderWhoIsNotTheTrainee() {
    assertThat(
            refusal(
                () ->
                    new PracticumEntry(
                        "trainee",
                        PracticumKind.OBSERVED_MEETING,
                        TODAY,
                        null,
                        null,
                        null,
                        "mentor",
                        NOW,
                        TODAY)))
        .isEqualTo("MALFORMED malformed");
    assertThat(
            refusal(
                () ->
                    new PracticumEntry(
                        "trainee",
                        PracticumKind.OBSERVED_MEETING,
                        TODAY,
                        "trainee",
                        null,
                        null,
                        "mentor",
                        NOW,
                        TODAY)))
        .isEqualTo("RULE trainee-led");
  }

  @Test
  void onlyACoFacilitatedMeetingCarriesTheChecklist() {
    assertThat(
            refusal(
                () ->
                    new PracticumEntry(
                        "trainee",
                        PracticumKind.CO_FACILITATED,
                        TODAY,
                        null,
                        null,
                        null,
                        "mentor",
                        NOW,
                        TODAY)))
        .isEqualTo("MALFORMED malformed");
    assertThat(
            refusal(
                () ->
                    new PracticumEntry(
                        "trainee",
                        PracticumKind.ROLE_PLAY,
                        TODAY,
                        null,
                        CHECKLIST,
                        null,
                        "mentor",
                        NOW,
                        TODAY)))
        .isEqualTo("MALFORMED malformed");
  }

  @Test
  void anEntryCannotBeDatedAhead() {
    assertThat(
            refusal(
                () ->
                    new PracticumEntry(
                        "trainee",
                        PracticumKind.ROLE_PLAY,
                        TODAY.plusDays(1),
                        null,
                        null,
                        null,
                        "mentor",
                        NOW,
                        TODAY)))
        .isEqualTo("RULE future-date");
  }

  @Test
  void aBlankNoteIsNoNote() {
    PracticumEntry entry =
        new PracticumEntry(
            "trainee", PracticumKind.ROLE_PLAY, TODAY, null, null, "  ", "mentor", NOW, TODAY);
    assertThat(entry.note()).isEmpty();
  }
}
