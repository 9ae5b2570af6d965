package org.facilitatoracademy.certification.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.facilitatoracademy.certification.application.NewPracticumEntry;
import org.facilitatoracademy.certification.application.Practicum;
import org.facilitatoracademy.certification.application.PracticumEntryView;
import org.facilitatoracademy.certification.domain.PracticumKind;
import org.facilitatoracademy.identity.application.AccountView;
import org.facilitatoracademy.platform.errors.BusinessException;
import org.facilitatoracademy.platform.web.PageMessages;

/** A mentor or coordinator finds a trainee of their region and signs a piece of practice. */
@Named
@ViewScoped
public class PracticumBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient Practicum practicum;
  @Inject private transient PageMessages messages;
  @Inject private transient Clock clock;

  private String traineeEmail;
  private AccountView trainee;
  private List<PracticumEntryView> entries = List.of();

  private PracticumKind kind = PracticumKind.OBSERVED_MEETING;
  private LocalDate date;
  private String leaderEmail;
  private boolean openingStatement;
  private boolean timekeeping;
  private boolean toolUse;
  private boolean handlingAdviceGiving;
  private boolean confidentialityReminder;
  private boolean checkOut;
  private String note;

  public void find() {
    Optional<AccountView> found = practicum.traineeByEmail(traineeEmail);
    trainee = found.orElse(null);
    if (trainee == null) {
      messages.error(null, "practicum.notFound");
      entries = List.of();
      return;
    }
    entries = practicum.entriesOf(trainee.id());
    date = LocalDate.now(clock);
  }

  public void sign() {
    String leaderId = null;
    if (kind == PracticumKind.OBSERVED_MEETING) {
      Optional<AccountView> leader = practicum.personByEmail(leaderEmail);
      if (leader.isEmpty()) {
        messages.error(null, "practicum.unknownLeader");
        return;
      }
      leaderId = leader.get().id();
    }
    NewPracticumEntry.Checklist checklist =
        kind == PracticumKind.CO_FACILITATED
            ? new NewPracticumEntry.Checklist(
                openingStatement,
                timekeeping,
                toolUse,
                handlingAdviceGiving,
                confidentialityReminder,
                checkOut)
            : null;
    try {
      PracticumEntryView entry =
          practicum.record(
              trainee.id(), new NewPracticumEntry(kind, date, leaderId, checklist, note));
      messages.info(
          "practicum.signed", messages.text("kind." + entry.kind().name()), entry.heldOn());
      entries = practicum.entriesOf(trainee.id());
      clearForm();
    } catch (BusinessException e) {
      messages.refusal(null, e);
    }
  }

  /** A fresh form for the next entry: nothing carries over from the one just signed. */
  private void clearForm() {
    leaderEmail = null;
    note = null;
    openingStatement = false;
    timekeeping = false;
    toolUse = false;
    handlingAdviceGiving = false;
    confidentialityReminder = false;
    checkOut = false;
  }

  public PracticumKind[] getKinds() {
    return PracticumKind.values();
  }

  public boolean isObserved() {
    return kind == PracticumKind.OBSERVED_MEETING;
  }

  public boolean isCoFacilitated() {
    return kind == PracticumKind.CO_FACILITATED;
  }

  public LocalDate getToday() {
    return LocalDate.now(clock);
  }

  public String getTraineeEmail() {
    return traineeEmail;
  }

  public void setTraineeEmail(String traineeEmail) {
    this.traineeEmail = traineeEmail;
  }

  public AccountView getTrainee() {
    return trainee;
  }

  public List<PracticumEntryView> getEntries() {
    return entries;
  }

  public PracticumKind getKind() {
    return kind;
  }

  public void setKind(PracticumKind kind) {
    this.kind = kind;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public String getLeaderEmail() {
    return leaderEmail;
  }

  public void setLeaderEmail(String leaderEmail) {
    this.leaderEmail = leaderEmail;
  }

  public boolean isOpeningStatement() {
    return openingStatement;
  }

  public void setOpeningStatement(boolean openingStatement) {
    this.openingStatement = openingStatement;
  }

  public boolean isTimekeeping() {
    return timekeeping;
  }

  public void setTimekeeping(boolean timekeeping) {
    this.timekeeping = timekeeping;
  }

  public boolean isToolUse() {
    return toolUse;
  }

  public void setToolUse(boolean toolUse) {
    this.toolUse = toolUse;
  }

  public boolean isHandlingAdviceGiving() {
    return handlingAdviceGiving;
  }

  public void setHandlingAdviceGiving(boolean handlingAdviceGiving) {
    this.handlingAdviceGiving = handlingAdviceGiving;
  }

  public boolean isConfidentialityReminder() {
    return confidentialityReminder;
  }

  public void setConfidentialityReminder(boolean confidentialityReminder) {
    this.confidentialityReminder = confidentialityReminder;
  }

  public boolean isCheckOut() {
    return checkOut;
  }

  public void setCheckOut(boolean checkOut) {
    this.checkOut = checkOut;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
