package org.facilitatoracademy.certification.web;

import java.io.Serializable;
import org.facilitatoracademy.certification.application.Appeals;
import org.facilitatoracademy.platform.errors.BusinessException;
import org.facilitatoracademy.platform.web.PageMessages;

/**
 * An appeal being written on one of the person's pages (a rejected application, a suspended or
 * revoked certificate): which decision it is against and what the person wants to say. The form is
 * the same wherever the decision is shown, so both pages keep one of these.
 */
public final class AppealDraft implements Serializable {

  private static final long serialVersionUID = 1L;

  private String subject;
  private String text;

  /** Opens the form for an appeal against the decision on this application or certificate. */
  public void start(String subjectId) {
    subject = subjectId;
    text = null;
  }

  /** Files the appeal; the form closes once it is sent and stays open with the text on refusal. */
  public void file(Appeals appeals, PageMessages messages) {
    try {
      appeals.file(subject, text);
      messages.info("my.appeal.sent");
      subject = null;
      text = null;
    } catch (BusinessException e) {
      messages.refusal(null, e);
    }
  }

  public boolean isOpen() {
    return subject != null;
  }

  public String getSubject() {
    return subject;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
