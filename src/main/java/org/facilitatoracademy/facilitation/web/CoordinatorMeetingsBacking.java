package org.facilitatoracademy.facilitation.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.facilitatoracademy.facilitation.application.LeaderAssignments;
import org.facilitatoracademy.facilitation.application.MeetingRegistry;
import org.facilitatoracademy.facilitation.application.MeetingView;
import org.facilitatoracademy.platform.errors.BusinessException;
import org.facilitatoracademy.platform.web.PageMessages;

/**
 * The coordinator's meetings of their region: the table with its "needs a leader" filter, the form
 * for a new meeting, and the assign dialog that offers only the people of the region who may lead
 * that meeting today.
 */
@Named
@ViewScoped
public class CoordinatorMeetingsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient MeetingRegistry registry;
  @Inject private transient LeaderAssignments assignments;
  @Inject private transient PageMessages messages;

  private boolean onlyNeedingLeader;
  private List<MeetingView> meetings;
  private MeetingForm form = new MeetingForm();

  private final AssignDialog assignDialog = new AssignDialog();

  public List<MeetingView> getMeetings() {
    if (meetings == null) {
      meetings = registry.ofMyRegion(onlyNeedingLeader);
    }
    return meetings;
  }

  public void filterChanged() {
    meetings = null;
  }

  public void create() {
    try {
      MeetingView created = registry.create(form.toDraft());
      messages.info("meetings.created", created.title());
      form = new MeetingForm();
      meetings = null;
    } catch (BusinessException e) {
      messages.refusal(null, e);
      FacesContext.getCurrentInstance().validationFailed();
    }
  }

  /** Opens the assign dialog for one meeting with its eligible people. */
  public void openAssign(MeetingView meeting) {
    assignDialog.open(assignments, meeting);
  }

  public void assign() {
    if (assignDialog.assign(assignments, messages)) {
      meetings = null;
    }
  }

  public boolean isOnlyNeedingLeader() {
    return onlyNeedingLeader;
  }

  public void setOnlyNeedingLeader(boolean onlyNeedingLeader) {
    this.onlyNeedingLeader = onlyNeedingLeader;
  }

  public MeetingForm getForm() {
    return form;
  }

  public AssignDialog getAssignDialog() {
    return assignDialog;
  }
}
