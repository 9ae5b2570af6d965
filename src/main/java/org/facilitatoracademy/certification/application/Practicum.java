package org.facilitatoracademy.certification.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.facilitatoracademy.audit.application.AuditLog;
import org.facilitatoracademy.certification.domain.CompetencyChecklist;
import org.facilitatoracademy.certification.domain.CredentialType;
import org.facilitatoracademy.certification.domain.PracticumEntry;
import org.facilitatoracademy.certification.domain.PracticumRepository;
import org.facilitatoracademy.identity.application.AccountService;
import org.facilitatoracademy.identity.application.AccountView;
import org.facilitatoracademy.platform.errors.BusinessException;

/**
 * Supervised practice, signed by someone who saw it: a mentor holding an Active facilitator
 * credential, or a coordinator, of the trainee's region — never the trainee themselves.
 */
@Stateless
public class Practicum {

  @Inject private PracticumRepository entries;
  @Inject private AccountService accounts;
  @Inject private Credentials credentials;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  @RolesAllowed({"MENTOR", "COORDINATOR"})
  public PracticumEntryView record(String traineeId, NewPracticumEntry request) {
    if (request == null) {
      throw BusinessException.malformed("A practicum entry is required.");
    }
    Caller me = Caller.of(accounts.me());
    AccountView trainee = mayRecordFor(me, traineeId);
    if (request.leaderAccountId() != null && accounts.find(request.leaderAccountId()).isEmpty()) {
      throw BusinessException.rule(
          "unknown-leader", "The person named as leading the meeting has no account here.");
    }
    LocalDate today = LocalDate.now(clock);
    PracticumEntry entry =
        entries.store(
            new PracticumEntry(
                trainee.id(),
                request.kind(),
                request.date(),
                request.leaderAccountId(),
                checklistOf(request.checklist()),
                request.note(),
                me.id(),
                Instant.now(clock),
                today));
    audit.record(me.id(), "practicum.signed", trainee.id(), entry.kind().name());
    return view(entry);
  }

  /**
   * The trainee the caller may sign for: 404 for someone of another region (as if they did not
   * exist), 403 for oneself and for a mentor without an Active facilitator credential.
   */
  private AccountView mayRecordFor(Caller me, String traineeId) {
    if (me.id().equals(traineeId)) {
      throw new BusinessException(
          BusinessException.Kind.FORBIDDEN,
          "own-practicum",
          "Nobody can sign their own practicum.");
    }
    AccountView trainee =
        accounts
            .find(traineeId)
            .filter(t -> t.region().equals(me.region()))
            .orElseThrow(() -> BusinessException.notFound("The trainee"));
    if (me.coordinates(trainee.region())) {
      return trainee;
    }
    if (me.isMentor() && credentials.mayBeAssigned(me.id(), CredentialType.FACILITATOR)) {
      return trainee;
    }
    throw new BusinessException(
        BusinessException.Kind.FORBIDDEN,
        "mentor-not-certified",
        "Only a mentor holding an active facilitator credential can sign practicum.");
  }

  private static CompetencyChecklist checklistOf(NewPracticumEntry.Checklist c) {
    if (c == null) {
      return null;
    }
    if (c.openingStatement() == null
        || c.timekeeping() == null
        || c.toolUse() == null
        || c.handlingAdviceGiving() == null
        || c.confidentialityReminder() == null
        || c.checkOut() == null) {
      throw BusinessException.malformed(
          "The checklist needs openingStatement, timekeeping, toolUse, handlingAdviceGiving,"
              + " confidentialityReminder and checkOut, each true or false.");
    }
    return new CompetencyChecklist(
        c.openingStatement(),
        c.timekeeping(),
        c.toolUse(),
        c.handlingAdviceGiving(),
        c.confidentialityReminder(),
        c.checkOut());
  }

  /**
   * A trainee's entries, for the trainee, mentors and coordinators of their region, and
   * administrators; 404 for anyone else.
   */
  @RolesAllowed("TRAINEE")
  public List<PracticumEntryView> entriesOf(String traineeId) {
    Caller me = Caller.of(accounts.me());
    boolean allowed =
        me.id().equals(traineeId)
            || me.isAdmin()
            || accounts
                .find(traineeId)
                .filter(
                    t -> (me.isMentor() || me.isCoordinator()) && t.region().equals(me.region()))
                .isPresent();
    if (!allowed) {
      throw BusinessException.notFound("The trainee");
    }
    return entries.of(traineeId).stream().map(this::view).toList();
  }

  @RolesAllowed("TRAINEE")
  public List<PracticumEntryView> mine() {
    return entries.of(accounts.callerId()).stream().map(this::view).toList();
  }

  /** Finds a trainee of the caller's own region by email, for signing their practicum. */
  @RolesAllowed({"MENTOR", "COORDINATOR"})
  public Optional<AccountView> traineeByEmail(String email) {
    AccountView me = accounts.me();
    return accounts
        .findByEmail(email)
        .filter(t -> t.region().equals(me.region()) && !t.id().equals(me.id()));
  }

  /** Finds anyone by email, for naming who led an observed meeting. */
  @RolesAllowed({"MENTOR", "COORDINATOR"})
  public Optional<AccountView> personByEmail(String email) {
    return accounts.findByEmail(email);
  }

  PracticumEntryView view(PracticumEntry e) {
    return new PracticumEntryView(
        e.publicId(),
        e.traineeId(),
        e.kind(),
        e.heldOn(),
        e.leaderId().orElse(null),
        e.leaderId().map(this::nameOf).orElse(null),
        e.checklist().map(c -> c.notShown().stream().map(Enum::name).toList()).orElse(List.of()),
        e.note().orElse(null),
        e.signedBy(),
        nameOf(e.signedBy()),
        e.signedAt());
  }

  private String nameOf(String accountId) {
    return accounts.find(accountId).map(AccountView::displayName).orElse("—");
  }
}
