package org.facilitatoracademy.facilitation.web;

import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.List;
import org.facilitatoracademy.facilitation.application.Candidate;
import org.facilitatoracademy.facilitation.application.LeaderAssignments;
import org.facilitatoracademy.facilitation.application.MeetingView;
import org.facilitatoracademy.facilitation.domain.Duty;
import org.facilitatoracademy.facilitation.domain.MeetingKind;
import org.facilitatoracademy.platform.errors.BusinessException;
import org.facilitatoracademy.platform.web.PageMessages;

/**
 * The state of the assign dialog, shared by the pages that show it: the meeting, the people of the
 * region who may lead it today (and mentor its host), and the choice. A refusal shows next to the
 * leader field and keeps the dialog open.
 */
public class AssignDialog implements Serializable {

  private static final long serialVersionUID = 1L;

  private MeetingView meeting;
  private List<Candidate> leaders = List.of();
  private List<Candidate> mentors = List.of();
  private String leaderId;
  private String mentorId;

  void open(LeaderAssignments assignments, MeetingView chosen) {
    meeting = chosen;
    leaders = assignments.candidates(chosen.id(), Duty.LEADER);
    mentors =
        chosen.kind() == MeetingKind.DISCUSSION
            ? assignments.candidates(chosen.id(), Duty.MENTOR)
            : List.of();
    leaderId = null;
    mentorId = chosen.mentor().map(p -> p.accountId()).orElse(null);
  }

  /** Returns true when the leader is assigned. */
  boolean assign(LeaderAssignments assignments, PageMessages messages) {
    try {
      MeetingView assigned = assignments.assignLeader(meeting.id(), leaderId, mentorId);
      messages.info(
          "meetings.assigned",
          assigned.leader().map(p -> p.displayName()).orElse(""),
          assigned.title());
      return true;
    } catch (BusinessException e) {
      messages.refusal("assignForm:leader", e);
      FacesContext.getCurrentInstance().validationFailed();
      return false;
    }
  }

  public MeetingView getMeeting() {
    return meeting;
  }

  public boolean isDiscussion() {
    return meeting != null && meeting.kind() == MeetingKind.DISCUSSION;
  }

  public List<Candidate> getLeaders() {
    return leaders;
  }

  public List<Candidate> getMentors() {
    return mentors;
  }

  public String getLeaderId() {
    return leaderId;
  }

  public void setLeaderId(String leaderId) {
    this.leaderId = leaderId;
  }

  public String getMentorId() {
    return mentorId;
  }

  public void setMentorId(String mentorId) {
    this.mentorId = mentorId;
  }
}
