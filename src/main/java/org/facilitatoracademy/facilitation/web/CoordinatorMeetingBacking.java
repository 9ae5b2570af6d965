package org.facilitatoracademy.facilitation.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.facilitatoracademy.facilitation.application.Candidate;
import org.facilitatoracademy.facilitation.application.DutyRecord;
import org.facilitatoracademy.facilitation.application.LeaderAssignments;
import org.facilitatoracademy.facilitation.application.MeetingRegistry;
import org.facilitatoracademy.facilitation.application.MeetingView;
import org.facilitatoracademy.facilitation.domain.Duty;
import org.facilitatoracademy.facilitation.domain.MeetingStatus;
import org.facilitatoracademy.platform.errors.BusinessException;
import org.facilitatoracademy.platform.web.PageMessages;

/**
 * One meeting of the coordinator's region: who serves it, co-leaders, its status, its details and
 * the history of everyone who served it. A meeting of another region answers as if it did not
 * exist.
 */
@Named
@ViewScoped
public class CoordinatorMeetingBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient MeetingRegistry registry;
  @Inject private transient LeaderAssignments assignments;
  @Inject private transient PageMessages messages;

  private String meetingId;
  private MeetingView meeting;
  private List<DutyRecord> history;
  private List<Candidate> coLeaderCandidates;
  private String coLeaderId;
  private MeetingForm form;
  private String closureNote;
  private String cancelDate;
  private String cancelNote;
  private final AssignDialog assignDialog = new AssignDialog();

  /** Runs when the page opens. */
  public void load() throws IOException {
    try {
      refresh();
    } catch (BusinessException e) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(404, "No such meeting");
      faces.responseComplete();
    }
  }

  private void refresh() {
    meeting = registry.get(meetingId);
    history = registry.history(meetingId);
    coLeaderCandidates = assignments.candidates(meetingId, Duty.CO_LEADER);
    form = MeetingForm.of(meeting);
  }

  public void openAssign() {
    assignDialog.open(assignments, meeting);
  }

  public void assign() {
    if (assignDialog.assign(assignments, messages)) {
      refresh();
    }
  }

  public void addCoLeader() {
    act(() -> assignments.addCoLeader(meetingId, coLeaderId), "meetings.coLeaderAdded");
    coLeaderId = null;
  }

  public void removeCoLeader(String accountId) {
    act(() -> assignments.removeCoLeader(meetingId, accountId), "meetings.coLeaderRemoved");
  }

  public void removeLeader() {
    act(() -> assignments.removeLeader(meetingId), "meetings.leaderRemoved");
  }

  public void changeStatus(String status) {
    act(
        () -> registry.changeStatus(meetingId, MeetingStatus.valueOf(status), closureNote),
        "meetings.statusChanged");
    closureNote = null;
  }

  public void cancelOccurrence() {
    act(
        () -> registry.cancelOccurrence(meetingId, LocalDate.parse(cancelDate), cancelNote),
        "meetings.occurrenceCancelled");
    cancelNote = null;
  }

  public void restore(LocalDate day) {
    act(() -> registry.restoreOccurrence(meetingId, day), "meetings.occurrenceRestored");
  }

  /** The coming days it meets (the next twelve), to choose one to cancel. */
  public List<LocalDate> getComingDays() {
    return meeting.schedule().nextDays(LocalDate.now(meeting.schedule().timeZone()), 12);
  }

  public String getClosureNote() {
    return closureNote;
  }

  public void setClosureNote(String closureNote) {
    this.closureNote = closureNote;
  }

  public String getCancelDate() {
    return cancelDate;
  }

  public void setCancelDate(String cancelDate) {
    this.cancelDate = cancelDate;
  }

  public String getCancelNote() {
    return cancelNote;
  }

  public void setCancelNote(String cancelNote) {
    this.cancelNote = cancelNote;
  }

  public void revise() {
    act(() -> registry.revise(meetingId, form.toDraft()), "meetings.revised");
  }

  private void act(Runnable change, String doneKey) {
    try {
      change.run();
      messages.info(doneKey);
      refresh();
    } catch (BusinessException e) {
      messages.refusal(null, e);
      FacesContext.getCurrentInstance().validationFailed();
    }
  }

  public String getMeetingId() {
    return meetingId;
  }

  public void setMeetingId(String meetingId) {
    this.meetingId = meetingId;
  }

  public MeetingView getMeeting() {
    return meeting;
  }

  public List<DutyRecord> getHistory() {
    return history;
  }

  public List<Candidate> getCoLeaderCandidates() {
    return coLeaderCandidates;
  }

  public String getCoLeaderId() {
    return coLeaderId;
  }

  public void setCoLeaderId(String coLeaderId) {
    this.coLeaderId = coLeaderId;
  }

  public AssignDialog getAssignDialog() {
    return assignDialog;
  }

  public MeetingForm getForm() {
    return form;
  }
}
