package org.facilitatoracademy.facilitation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.facilitatoracademy.platform.errors.BusinessException;
import org.junit.jupiter.api.Test;

class MeetingTest {

  static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
  static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
  static final LeadershipPolicy POLICY = new LeadershipPolicy(30);
  static final Schedule MONDAYS =
      Schedule.weekly(DayOfWeek.MONDAY, LocalTime.of(19, 0), ZoneId.of("Europe/London"));

  static Meeting meeting(MeetingKind kind) {
    return new Meeting(
        "Manchester Monday",
        kind,
        "north-west",
        MONDAYS,
        Venue.inPerson("Manchester"),
        "coord",
        NOW);
  }

  @Test
  void aNewMeetingNeedsALeaderAndIsNotLedByACertifiedLeader() {
    Meeting m = meeting(MeetingKind.FOUR_POINT);
    assertThat(m.status()).isEqualTo(MeetingStatus.ACTIVE);
    assertThat(m.needsLeader()).isTrue();
    assertThat(m.ledByCertifiedLeader()).isFalse();
  }

  @Test
  void assigningALeaderMakesItLedAndKeepsHistoryWhenReplaced() {
    Meeting m = meeting(MeetingKind.FOUR_POINT);
    m.assignLeader("ann", CredentialKind.FACILITATOR, null, "coord", NOW);
    assertThat(m.needsLeader()).isFalse();
    assertThat(m.ledByCertifiedLeader()).isTrue();

    m.assignLeader("bob", CredentialKind.FACILITATOR, null, "coord", NOW.plusSeconds(60));
    assertThat(m.leader().orElseThrow().accountId()).isEqualTo("bob");
    assertThat(m.history()).hasSize(2);
    LeaderAssignment ann = m.history().get(1);
    assertThat(ann.accountId()).isEqualTo("ann");
    assertThat(ann.endReason()).contains(EndReason.REPLACED);
  }

  @Test
  void assigningTheSameLeaderAgainChangesNothing() {
    Meeting m = meeting(MeetingKind.FOUR_POINT);
    m.assignLeader("ann", CredentialKind.FACILITATOR, null, "coord", NOW);
    m.assignLeader("ann", CredentialKind.FACILITATOR, null, "coord", NOW);
    assertThat(m.history()).hasSize(1);
  }

  @Test
  void aHostLedDiscussionWithoutMentorIsNotLedByACertifiedLeader() {
    Meeting m = meeting(MeetingKind.DISCUSSION);
    m.assignLeader("hana", CredentialKind.HOST, "mo", "coord", NOW);
    assertThat(m.ledByCertifiedLeader()).isTrue();
    assertThat(m.mentor().orElseThrow().accountId()).isEqualTo("mo");

    List<LeaderAssignment> ended =
        m.review(
            "mo",
            List.of(
                new LeaderCredential(
                    CredentialKind.FACILITATOR, CredentialStanding.SUSPENDED, TODAY.plusYears(1))),
            POLICY,
            TODAY,
            NOW);
    assertThat(ended).extracting(LeaderAssignment::duty).containsExactly(Duty.MENTOR);
    assertThat(m.needsLeader()).isFalse();
    assertThat(m.needsMentor()).isTrue();
    assertThat(m.ledByCertifiedLeader()).isFalse();
  }

  @Test
  void aLeaderCannotBeTheirOwnMentor() {
    Meeting m = meeting(MeetingKind.DISCUSSION);
    assertThatThrownBy(() -> m.assignLeader("ann", CredentialKind.FACILITATOR, "ann", "c", NOW))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("their own mentor");
  }

  @Test
  void aCoLeaderWhoBecomesTheLeaderStopsCoLeading() {
    Meeting m = meeting(MeetingKind.FOUR_POINT);
    m.assignLeader("ann", CredentialKind.FACILITATOR, null, "coord", NOW);
    assertThat(m.addCoLeader("bob", CredentialKind.FACILITATOR, "coord", NOW)).isTrue();
    assertThat(m.addCoLeader("bob", CredentialKind.FACILITATOR, "coord", NOW)).isFalse();
    assertThatThrownBy(() -> m.addCoLeader("ann", CredentialKind.FACILITATOR, "coord", NOW))
        .isInstanceOf(BusinessException.class);

    m.assignLeader("bob", CredentialKind.FACILITATOR, null, "coord", NOW);
    assertThat(m.coLeaders()).isEmpty();
    assertThat(m.leader().orElseThrow().accountId()).isEqualTo("bob");
  }

  @Test
  void aLapsedLeaderEndsAsLapsedAndTheMeetingNeedsALeader() {
    Meeting m = meeting(MeetingKind.FOUR_POINT);
    m.assignLeader("ann", CredentialKind.FACILITATOR, null, "coord", NOW);
    m.addCoLeader("bob", CredentialKind.FACILITATOR, "coord", NOW);

    List<LeaderAssignment> ended =
        m.review(
            "ann",
            List.of(
                new LeaderCredential(
                    CredentialKind.FACILITATOR, CredentialStanding.REVOKED, TODAY.plusYears(1))),
            POLICY,
            TODAY,
            NOW);

    assertThat(ended).hasSize(1);
    assertThat(ended.get(0).endReason()).contains(EndReason.LAPSED);
    assertThat(ended.get(0).endedBy()).contains("system");
    assertThat(m.needsLeader()).isTrue();
    assertThat(m.ledByCertifiedLeader()).isFalse();
    assertThat(m.coLeaders()).extracting(LeaderAssignment::accountId).containsExactly("bob");
  }

  @Test
  void aLeaderInTheGracePeriodKeepsTheMeeting() {
    Meeting m = meeting(MeetingKind.FOUR_POINT);
    m.assignLeader("ann", CredentialKind.FACILITATOR, null, "coord", NOW);
    List<LeaderCredential> expired =
        List.of(
            new LeaderCredential(
                CredentialKind.FACILITATOR, CredentialStanding.EXPIRED, TODAY.minusDays(10)));
    assertThat(m.review("ann", expired, POLICY, TODAY, NOW)).isEmpty();
    assertThat(m.review("ann", expired, POLICY, TODAY.plusDays(20), NOW)).hasSize(1);
  }

  @Test
  void aDiscussionLeaderLosingTheFacilitatorCredentialGoesOnAsAHostNeedingAMentor() {
    Meeting m = meeting(MeetingKind.DISCUSSION);
    m.assignLeader("ann", CredentialKind.FACILITATOR, null, "coord", NOW);
    List<LeaderCredential> held =
        List.of(
            new LeaderCredential(
                CredentialKind.FACILITATOR, CredentialStanding.SUSPENDED, TODAY.plusYears(1)),
            new LeaderCredential(
                CredentialKind.HOST, CredentialStanding.ACTIVE, TODAY.plusYears(1)));
    assertThat(m.review("ann", held, POLICY, TODAY, NOW)).isEmpty();
    assertThat(m.leader().orElseThrow().basis()).isEqualTo(CredentialKind.HOST);
    assertThat(m.needsMentor()).isTrue();
    assertThat(m.ledByCertifiedLeader()).isFalse();
  }

  @Test
  void removingTheLeaderEndsTheMentorToo() {
    Meeting m = meeting(MeetingKind.DISCUSSION);
    m.assignLeader("hana", CredentialKind.HOST, "mo", "coord", NOW);
    assertThat(m.removeLeader("coord", NOW)).hasSize(2);
    assertThat(m.current()).isEmpty();
    assertThat(m.needsLeader()).isTrue();
  }

  @Test
  void closingEndsEveryDutyAndTakesNobodyAfterwards() {
    Meeting m = meeting(MeetingKind.FOUR_POINT);
    m.assignLeader("ann", CredentialKind.FACILITATOR, null, "coord", NOW);
    assertThat(m.changeStatus(MeetingStatus.CLOSED, "coord", NOW)).hasSize(1);
    assertThat(m.needsLeader()).as("a closed meeting needs nobody").isFalse();
    assertThatThrownBy(() -> m.assignLeader("bob", CredentialKind.FACILITATOR, null, "c", NOW))
        .isInstanceOf(BusinessException.class)
        .extracting(e -> ((BusinessException) e).code())
        .isEqualTo("meeting-closed");
    assertThatThrownBy(() -> m.changeStatus(MeetingStatus.ACTIVE, "coord", NOW))
        .isInstanceOf(BusinessException.class);
  }

  @Test
  void theDailyCheckIsClaimedOncePerDay() {
    Meeting m = meeting(MeetingKind.FOUR_POINT);
    assertThat(m.claimLapseCheck(TODAY)).isTrue();
    assertThat(m.claimLapseCheck(TODAY)).isFalse();
    assertThat(m.claimLapseCheck(TODAY.plusDays(1))).isTrue();
  }

  @Test
  void aTitleIsRequired() {
    assertThatThrownBy(
            () ->
                new Meeting(
                    " ",
                    MeetingKind.FOUR_POINT,
                    "north-west",
                    MONDAYS,
                    Venue.forOnlineMeeting("https://meet.example.org/x"),
                    "c",
                    NOW))
        .isInstanceOf(BusinessException.class);
  }
}
