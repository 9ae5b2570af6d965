package org.facilitatoracademy.facilitation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.facilitatoracademy.platform.errors.BusinessException;
import org.junit.jupiter.api.Test;

class MeetingCancellationTest {

  private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
  private static final LocalDate TODAY = LocalDate.parse("2026-12-01");
  private static final LocalDate MONDAY = LocalDate.parse("2026-12-07");

  private final Meeting meeting =
      new Meeting(
          "Monday",
          MeetingKind.FOUR_POINT,
          "north-west",
          Schedule.weekly(DayOfWeek.MONDAY, LocalTime.of(19, 0), ZoneId.of("Europe/London")),
          Venue.inPerson("Manchester"),
          "coordinator",
          NOW.minusSeconds(3600));

  @Test
  void aComingMondayIsCancelledWithItsNoteAndTheMeetingCountsAsChanged() {
    assertThat(meeting.cancel(MONDAY, "  Hall closed ", "coordinator", NOW, TODAY)).isTrue();

    assertThat(meeting.cancellations()).hasSize(1);
    assertThat(meeting.cancellationOn(MONDAY).orElseThrow().note()).contains("Hall closed");
    assertThat(meeting.changedAt()).isEqualTo(NOW);
    assertThat(meeting.cancel(MONDAY, "Another note", "coordinator", NOW, TODAY))
        .as("the same day again only changes its note")
        .isFalse();
    assertThat(meeting.cancellations()).hasSize(1);
    assertThat(meeting.cancellations().get(0).note()).contains("Another note");
  }

  @Test
  void aDayItDoesNotMeetOrAPastOneCannotBeCancelled() {
    assertThatThrownBy(() -> meeting.cancel(MONDAY.plusDays(1), null, "c", NOW, TODAY))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("does not meet");
    assertThatThrownBy(() -> meeting.cancel(MONDAY.minusWeeks(1), null, "c", NOW, TODAY))
        .hasMessageContaining("has passed");
    assertThatThrownBy(() -> meeting.cancel(MONDAY, "x".repeat(201), "c", NOW, TODAY))
        .hasMessageContaining("200");
  }

  @Test
  void aCancellationCanBeTakenBackAndAClosedMeetingTakesNone() {
    meeting.cancel(MONDAY, null, "c", NOW, TODAY);

    assertThat(meeting.restore(MONDAY, NOW)).isTrue();
    assertThat(meeting.restore(MONDAY, NOW)).isFalse();
    assertThat(meeting.cancellations()).isEmpty();

    meeting.changeStatus(MeetingStatus.CLOSED, "c", NOW);
    assertThatThrownBy(() -> meeting.cancel(MONDAY, null, "c", NOW, TODAY))
        .hasMessageContaining("closed");
  }

  @Test
  void aTemporaryClosureKeepsItsPublicNoteUntilTheMeetingReopens() {
    meeting.changeStatus(MeetingStatus.TEMPORARILY_CLOSED, "Back in January", "c", NOW);
    assertThat(meeting.statusNote()).contains("Back in January");
    assertThat(meeting.status()).isEqualTo(MeetingStatus.TEMPORARILY_CLOSED);

    meeting.changeStatus(MeetingStatus.ACTIVE, "ignored", "c", NOW);
    assertThat(meeting.statusNote()).isEmpty();
  }

  @Test
  void itsLengthIsTheKindsUsualOneUnlessGivenAndStaysWithinBounds() {
    assertThat(meeting.durationMinutes()).isEqualTo(90);
    meeting.revise("Monday", meeting.schedule(), meeting.venue(), 75, NOW);
    assertThat(meeting.durationMinutes()).isEqualTo(75);
    assertThatThrownBy(() -> meeting.revise("Monday", meeting.schedule(), meeting.venue(), 5, NOW))
        .hasMessageContaining("minutes");
  }

  @Test
  void theComingDaysOfAWeeklyMeetingStartTodayWhenItMeetsToday() {
    assertThat(meeting.schedule().nextDays(MONDAY, 3))
        .containsExactly(MONDAY, MONDAY.plusWeeks(1), MONDAY.plusWeeks(2));
    assertThat(meeting.schedule().meetsOnA(DayOfWeek.MONDAY)).isTrue();
    assertThat(meeting.schedule().meetsOnA(DayOfWeek.FRIDAY)).isFalse();
  }
}
