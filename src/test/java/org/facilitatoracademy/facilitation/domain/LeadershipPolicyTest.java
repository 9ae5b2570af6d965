package org.facilitatoracademy.facilitation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LeadershipPolicyTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
  static final LeadershipPolicy POLICY = new LeadershipPolicy(30);

  static LeaderCredential facilitator(CredentialStanding standing, LocalDate expiresOn) {
    return new LeaderCredential(CredentialKind.FACILITATOR, standing, expiresOn);
  }

  static LeaderCredential host(CredentialStanding standing, LocalDate expiresOn) {
    return new LeaderCredential(CredentialKind.HOST, standing, expiresOn);
  }

  static final LocalDate NEXT_YEAR = TODAY.plusYears(1);

  @Nested
  class NewAssignment {

    @Test
    void anActiveFacilitatorMayLeadAFourPointMeeting() {
      Eligibility e =
          POLICY.forNewDuty(
              Duty.LEADER,
              MeetingKind.FOUR_POINT,
              List.of(facilitator(CredentialStanding.ACTIVE, NEXT_YEAR)),
              TODAY);
      assertThat(e.eligible()).isTrue();
      assertThat(e.basis()).isEqualTo(CredentialKind.FACILITATOR);
    }

    @Test
    void aTraineeWithoutCredentialsIsNotCertified() {
      Eligibility e = POLICY.forNewDuty(Duty.LEADER, MeetingKind.FOUR_POINT, List.of(), TODAY);
      assertThat(e.eligible()).isFalse();
      assertThat(e.code()).isEqualTo("not-certified");
      assertThat(e.reason())
          .contains("4-Point meeting needs an Active FACILITATOR credential")
          .contains("holds no such credential");
      assertThat(e.unmet()).containsExactly("credential:FACILITATOR");
    }

    @Test
    void suspendedInactiveAndRevokedHoldersAreNotCertified() {
      for (CredentialStanding standing :
          List.of(
              CredentialStanding.SUSPENDED,
              CredentialStanding.INACTIVE,
              CredentialStanding.REVOKED)) {
        Eligibility e =
            POLICY.forNewDuty(
                Duty.LEADER,
                MeetingKind.FOUR_POINT,
                List.of(facilitator(standing, NEXT_YEAR)),
                TODAY);
        assertThat(e.code()).as(standing.name()).isEqualTo("not-certified");
        assertThat(e.reason()).contains("credential is " + standing);
      }
    }

    @Test
    void anExpiredHolderIsNotCertifiedEvenWithinTheGracePeriod() {
      Eligibility e =
          POLICY.forNewDuty(
              Duty.LEADER,
              MeetingKind.FOUR_POINT,
              List.of(facilitator(CredentialStanding.EXPIRED, TODAY.minusDays(3))),
              TODAY);
      assertThat(e.code()).isEqualTo("not-certified");
      assertThat(e.reason())
          .contains("expired on " + TODAY.minusDays(3))
          .contains("30-day grace period they keep the meetings they lead");
    }

    @Test
    void anActiveStatusPastItsExpiryDateCountsAsExpired() {
      Eligibility e =
          POLICY.forNewDuty(
              Duty.LEADER,
              MeetingKind.FOUR_POINT,
              List.of(facilitator(CredentialStanding.ACTIVE, TODAY)),
              TODAY);
      assertThat(e.eligible()).as("the expiry day itself is no longer active").isFalse();
    }

    @Test
    void aHostMayNotLeadAFourPointMeeting() {
      Eligibility e =
          POLICY.forNewDuty(
              Duty.LEADER,
              MeetingKind.FOUR_POINT,
              List.of(host(CredentialStanding.ACTIVE, NEXT_YEAR)),
              TODAY);
      assertThat(e.code()).isEqualTo("not-certified");
      assertThat(e.reason()).contains("holds no such credential");
    }

    @Test
    void aHostMayLeadADiscussionMeetingOnTheirHostCredential() {
      Eligibility e =
          POLICY.forNewDuty(
              Duty.LEADER,
              MeetingKind.DISCUSSION,
              List.of(host(CredentialStanding.ACTIVE, NEXT_YEAR)),
              TODAY);
      assertThat(e.basis()).isEqualTo(CredentialKind.HOST);
    }

    @Test
    void someoneHoldingBothLeadsADiscussionAsAFacilitatorNeedingNoMentor() {
      Eligibility e =
          POLICY.forNewDuty(
              Duty.LEADER,
              MeetingKind.DISCUSSION,
              List.of(
                  host(CredentialStanding.ACTIVE, NEXT_YEAR),
                  facilitator(CredentialStanding.ACTIVE, NEXT_YEAR)),
              TODAY);
      assertThat(e.basis()).isEqualTo(CredentialKind.FACILITATOR);
    }

    @Test
    void coLeadersFollowTheLeadersRule() {
      assertThat(
              POLICY
                  .forNewDuty(
                      Duty.CO_LEADER,
                      MeetingKind.FOUR_POINT,
                      List.of(host(CredentialStanding.ACTIVE, NEXT_YEAR)),
                      TODAY)
                  .reason())
          .startsWith("Co-leading a 4-Point meeting needs an Active FACILITATOR credential.");
      assertThat(
              POLICY
                  .forNewDuty(
                      Duty.CO_LEADER,
                      MeetingKind.DISCUSSION,
                      List.of(host(CredentialStanding.ACTIVE, NEXT_YEAR)),
                      TODAY)
                  .eligible())
          .isTrue();
    }

    @Test
    void onlyFacilitatorsMentor() {
      Eligibility e =
          POLICY.forNewDuty(
              Duty.MENTOR,
              MeetingKind.DISCUSSION,
              List.of(host(CredentialStanding.ACTIVE, NEXT_YEAR)),
              TODAY);
      assertThat(e.reason()).startsWith("Mentoring a host needs an Active FACILITATOR credential.");
    }
  }

  @Nested
  class HostLedDiscussion {

    final List<LeaderCredential> host = List.of(host(CredentialStanding.ACTIVE, NEXT_YEAR));

    @Test
    void needsAMentor() {
      Eligibility e = POLICY.forNewLeader(MeetingKind.DISCUSSION, host, null, TODAY);
      assertThat(e.code()).isEqualTo("mentor-required");
      assertThat(e.unmet()).containsExactly("mentor");
    }

    @Test
    void needsAMentorWithAnActiveFacilitatorCredential() {
      Eligibility e =
          POLICY.forNewLeader(
              MeetingKind.DISCUSSION,
              host,
              List.of(facilitator(CredentialStanding.SUSPENDED, NEXT_YEAR)),
              TODAY);
      assertThat(e.code()).isEqualTo("mentor-required");
      assertThat(e.reason()).contains("FACILITATOR credential is SUSPENDED");
    }

    @Test
    void isAcceptedWithAnActiveFacilitatorAsMentor() {
      Eligibility e =
          POLICY.forNewLeader(
              MeetingKind.DISCUSSION,
              host,
              List.of(facilitator(CredentialStanding.ACTIVE, NEXT_YEAR)),
              TODAY);
      assertThat(e.basis()).isEqualTo(CredentialKind.HOST);
    }

    @Test
    void aFacilitatorLeaderNeedsNoMentor() {
      Eligibility e =
          POLICY.forNewLeader(
              MeetingKind.DISCUSSION,
              List.of(facilitator(CredentialStanding.ACTIVE, NEXT_YEAR)),
              null,
              TODAY);
      assertThat(e.basis()).isEqualTo(CredentialKind.FACILITATOR);
    }

    @Test
    void aRefusedLeaderIsNotCertifiedWhateverTheMentor() {
      Eligibility e =
          POLICY.forNewLeader(
              MeetingKind.DISCUSSION,
              List.of(host(CredentialStanding.REVOKED, NEXT_YEAR)),
              List.of(facilitator(CredentialStanding.ACTIVE, NEXT_YEAR)),
              TODAY);
      assertThat(e.code()).isEqualTo("not-certified");
    }
  }

  @Nested
  class Continuing {

    @Test
    void anActiveHolderContinues() {
      assertThat(
              POLICY.basisToContinue(
                  Duty.LEADER,
                  MeetingKind.FOUR_POINT,
                  List.of(facilitator(CredentialStanding.ACTIVE, NEXT_YEAR)),
                  TODAY))
          .contains(CredentialKind.FACILITATOR);
    }

    @Test
    void theGracePeriodKeepsCurrentDutiesUntilItsLastDay() {
      List<LeaderCredential> expired =
          List.of(facilitator(CredentialStanding.EXPIRED, TODAY.minusDays(29)));
      assertThat(POLICY.basisToContinue(Duty.LEADER, MeetingKind.FOUR_POINT, expired, TODAY))
          .contains(CredentialKind.FACILITATOR);

      List<LeaderCredential> graceOver =
          List.of(facilitator(CredentialStanding.EXPIRED, TODAY.minusDays(30)));
      assertThat(POLICY.basisToContinue(Duty.LEADER, MeetingKind.FOUR_POINT, graceOver, TODAY))
          .isEmpty();
    }

    @Test
    void theGracePeriodComesFromConfiguration() {
      List<LeaderCredential> expired =
          List.of(facilitator(CredentialStanding.EXPIRED, TODAY.minusDays(10)));
      assertThat(
              new LeadershipPolicy(7)
                  .basisToContinue(Duty.LEADER, MeetingKind.FOUR_POINT, expired, TODAY))
          .isEmpty();
      assertThat(
              new LeadershipPolicy(14)
                  .basisToContinue(Duty.LEADER, MeetingKind.FOUR_POINT, expired, TODAY))
          .isPresent();
      assertThatThrownBy(() -> new LeadershipPolicy(-1))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void leaveSuspensionAndRevocationEndDutiesAtOnce() {
      for (CredentialStanding standing :
          List.of(
              CredentialStanding.INACTIVE,
              CredentialStanding.SUSPENDED,
              CredentialStanding.REVOKED)) {
        assertThat(
                POLICY.basisToContinue(
                    Duty.LEADER,
                    MeetingKind.FOUR_POINT,
                    List.of(facilitator(standing, NEXT_YEAR)),
                    TODAY))
            .as(standing.name())
            .isEmpty();
      }
    }

    @Test
    void aDiscussionLeaderFallsBackToTheirHostCredential() {
      assertThat(
              POLICY.basisToContinue(
                  Duty.LEADER,
                  MeetingKind.DISCUSSION,
                  List.of(
                      facilitator(CredentialStanding.REVOKED, NEXT_YEAR),
                      host(CredentialStanding.ACTIVE, NEXT_YEAR)),
                  TODAY))
          .contains(CredentialKind.HOST);
    }
  }
}
