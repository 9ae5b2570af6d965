package org.facilitatoracademy.facilitation.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Who may lead, co-lead or mentor a meeting (DOMAIN.md §5, "Leader role"). Only an Active
 * credential that covers the meeting lets someone be newly assigned: FACILITATOR for a 4-Point
 * meeting, FACILITATOR or HOST for a discussion meeting, and a host leads only under a mentor
 * holding an Active FACILITATOR credential. After expiry the holder keeps the duties they already
 * have for the grace period, but cannot be given new ones; leave, suspension and revocation end
 * them at once.
 */
public final class LeadershipPolicy {

  private final int graceDays;

  public LeadershipPolicy(int graceDays) {
    if (graceDays < 0) {
      throw new IllegalArgumentException("The grace period cannot be negative");
    }
    this.graceDays = graceDays;
  }

  /** Whether someone holding these credentials may be given the duty today. */
  public Eligibility forNewDuty(
      Duty duty, MeetingKind kind, List<LeaderCredential> held, LocalDate today) {
    List<CredentialKind> accepted = duty.acceptedCredentials(kind);
    for (CredentialKind credential : accepted) {
      if (held.stream().anyMatch(c -> c.kind() == credential && c.isActiveOn(today))) {
        return Eligibility.on(credential);
      }
    }
    return Eligibility.refused(
        Eligibility.NOT_CERTIFIED,
        need(duty, kind, accepted) + " " + whatTheyHold(accepted, held, today),
        accepted.stream().map(c -> "credential:" + c).toList());
  }

  /**
   * The leader of a meeting, with the mentor named for it (or null): a host needs a mentor who may
   * mentor today.
   */
  public Eligibility forNewLeader(
      MeetingKind kind,
      List<LeaderCredential> leaderHeld,
      List<LeaderCredential> mentorHeld,
      LocalDate today) {
    Eligibility leader = forNewDuty(Duty.LEADER, kind, leaderHeld, today);
    if (!leader.eligible() || !leader.basis().leadsUnderMentor()) {
      return leader;
    }
    if (mentorHeld == null) {
      return Eligibility.refused(
          Eligibility.MENTOR_REQUIRED,
          "A host leads only under a mentor: name a mentor holding an Active FACILITATOR"
              + " credential.",
          List.of("mentor"));
    }
    Eligibility mentor = forNewDuty(Duty.MENTOR, kind, mentorHeld, today);
    if (!mentor.eligible()) {
      return Eligibility.refused(
          Eligibility.MENTOR_REQUIRED,
          "The mentor of a host must hold an Active FACILITATOR credential. "
              + whatTheyHold(List.of(CredentialKind.FACILITATOR), mentorHeld, today),
          List.of("mentor"));
    }
    return leader;
  }

  /**
   * The credential on which someone may go on with a duty they already have, preferring one that
   * needs no mentor; empty when the duty must end.
   */
  public Optional<CredentialKind> basisToContinue(
      Duty duty, MeetingKind kind, List<LeaderCredential> held, LocalDate today) {
    return duty.acceptedCredentials(kind).stream()
        .filter(
            credential ->
                held.stream()
                    .anyMatch(
                        c -> c.kind() == credential && c.isActiveOrInGraceOn(today, graceDays)))
        .findFirst();
  }

  private static String need(Duty duty, MeetingKind kind, List<CredentialKind> accepted) {
    String credentials =
        accepted.stream().map(Enum::name).collect(Collectors.joining(" or ")) + " credential";
    return switch (duty) {
      case MENTOR -> "Mentoring a host needs an Active " + credentials + ".";
      case LEADER, CO_LEADER ->
          (duty == Duty.LEADER ? "Leading " : "Co-leading ")
              + (kind == MeetingKind.FOUR_POINT ? "a 4-Point meeting" : "a discussion meeting")
              + " needs an Active "
              + credentials
              + ".";
    };
  }

  /** Says what stands in the way, in neutral words a coordinator may read. */
  private String whatTheyHold(
      List<CredentialKind> accepted, List<LeaderCredential> held, LocalDate today) {
    List<LeaderCredential> relevant =
        held.stream().filter(c -> accepted.contains(c.kind())).toList();
    if (relevant.isEmpty()) {
      return "This person holds no such credential.";
    }
    return relevant.stream().map(c -> describe(c, today)).collect(Collectors.joining(" "));
  }

  private String describe(LeaderCredential c, LocalDate today) {
    boolean expired =
        c.standing() == CredentialStanding.EXPIRED
            || (c.standing() == CredentialStanding.ACTIVE && !today.isBefore(c.expiresOn()));
    if (expired) {
      String text = "Their " + c.kind() + " credential expired on " + c.expiresOn() + ".";
      if (c.isActiveOrInGraceOn(today, graceDays)) {
        text +=
            " During the "
                + graceDays
                + "-day grace period they keep the meetings they lead but cannot be given new"
                + " ones.";
      }
      return text;
    }
    return "Their " + c.kind() + " credential is " + c.standing() + ".";
  }
}
