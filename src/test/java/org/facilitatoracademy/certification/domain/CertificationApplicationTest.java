package org.facilitatoracademy.certification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.facilitatoracademy.platform.errors.BusinessException;
import org.junit.jupiter.api.Test;

class CertificationApplicationTest {

  private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");

  private static String refusal(Runnable action) {
    try {
      action.run();
    } catch (BusinessException e) {
      return e.kind() + " " + e.code();
    }
    throw new AssertionError("not refused");
  }

  private static CertificationApplication pending() {
    return new CertificationApplication("applicant", "north-west", CredentialType.FACILITATOR, NOW);
  }

  @Test
  void anApplicationIsDecidedOnceTheSecondDecisionIsAConflict() {
    CertificationApplication application = pending();
    application.approve("coordinator-1", "Well done", NOW);
    assertThat(application.status()).isEqualTo(ApplicationStatus.APPROVED);
    assertThat(refusal(() -> application.reject("coordinator-2", "No", NOW)))
        .isEqualTo("CONFLICT already-decided");
    assertThat(application.decidedBy()).contains("coordinator-1");
  }

  @Test
  void nobodyDecidesTheirOwnApplication() {
    assertThat(refusal(() -> pending().approve("applicant", "", NOW)))
        .isEqualTo("FORBIDDEN own-application");
  }

  @Test
  void aRejectionSaysWhy() {
    assertThat(refusal(() -> pending().reject("coordinator", " ", NOW)))
        .isEqualTo("RULE comment-required");
  }

  @Test
  void anAppealIsFiledWithinThePeriodAndDecidedBySomeoneElse() {
    Duration period = Duration.ofDays(30);
    assertThat(
            refusal(
                () ->
                    new Appeal(
                        Appeal.Subject.APPLICATION,
                        "a",
                        "applicant",
                        "north-west",
                        "coordinator-1",
                        NOW,
                        "Please look again",
                        NOW.plus(Duration.ofDays(31)),
                        period)))
        .isEqualTo("RULE appeal-period-over");
    Appeal appeal =
        new Appeal(
            Appeal.Subject.APPLICATION,
            "a",
            "applicant",
            "north-west",
            "coordinator-1",
            NOW,
            "Please look again",
            NOW.plus(Duration.ofDays(29)),
            period);
    assertThat(refusal(() -> appeal.decide(true, "coordinator-1", "ok", NOW)))
        .isEqualTo("FORBIDDEN own-decision");
    appeal.decide(true, "coordinator-2", "Looked again: approved", NOW);
    assertThat(appeal.status()).isEqualTo(Appeal.Status.UPHELD);
    assertThat(refusal(() -> appeal.decide(false, "coordinator-3", "no", NOW)))
        .isEqualTo("CONFLICT already-decided");
  }
}
