package org.facilitatoracademy.certification.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import org.facilitatoracademy.certification.application.ApplicantRecord;
import org.facilitatoracademy.certification.application.Applications;
import org.facilitatoracademy.certification.application.Decision;
import org.facilitatoracademy.platform.errors.BusinessException;
import org.facilitatoracademy.platform.web.PageMessages;

/**
 * One application with the applicant's record, approved or rejected with a comment. When another
 * coordinator decided first, the page says so and shows their decision.
 */
@Named
@ViewScoped
public class ApplicationReviewBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient Applications applications;
  @Inject private transient PageMessages messages;

  private String id;
  private ApplicantRecord record;
  private String comment;

  /** Loads the record on first view; an application of another region is "not found". */
  public void load() {
    if (record != null) {
      return;
    }
    try {
      record = applications.record(id);
    } catch (BusinessException e) {
      if (e.kind() == BusinessException.Kind.NOT_FOUND) {
        notFound();
        return;
      }
      messages.refusal(null, e);
    }
  }

  /** Another region's application answers like a page that does not exist. */
  private static void notFound() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      faces.getExternalContext().responseSendError(404, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }

  public void approve() {
    decide(true);
  }

  public void reject() {
    decide(false);
  }

  private void decide(boolean approve) {
    try {
      Decision decision = applications.decide(id, approve, comment);
      if (approve) {
        messages.info("review.approved", decision.code());
      } else {
        messages.info("review.rejected");
      }
    } catch (BusinessException e) {
      messages.refusal(null, e);
    }
    record = null;
    load();
  }

  public boolean isPending() {
    return record != null && record.application().status().name().equals("PENDING");
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public ApplicantRecord getRecord() {
    return record;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }
}
