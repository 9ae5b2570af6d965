package org.facilitatoracademy.certification.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.facilitatoracademy.certification.application.AppealView;
import org.facilitatoracademy.certification.application.Appeals;
import org.facilitatoracademy.certification.domain.Appeal;
import org.facilitatoracademy.platform.errors.BusinessException;
import org.facilitatoracademy.platform.web.PageMessages;

/** Appeals of the coordinator's region, open ones first; decided with a comment. */
@Named
@ViewScoped
public class CoordinatorAppealsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient Appeals appeals;
  @Inject private transient PageMessages messages;

  private List<AppealView> open;
  private List<AppealView> decided;
  private AppealView selected;
  private String comment;

  @PostConstruct
  void load() {
    open = appeals.queue(Appeal.Status.OPEN);
    decided = appeals.queue(null).stream().filter(a -> a.status() != Appeal.Status.OPEN).toList();
  }

  public void select(AppealView appeal) {
    selected = appeal;
    comment = null;
  }

  public void uphold() {
    decide(true);
  }

  public void dismiss() {
    decide(false);
  }

  private void decide(boolean uphold) {
    try {
      appeals.decide(selected.id(), uphold, comment);
      messages.info("appeals.decided");
      selected = null;
    } catch (BusinessException e) {
      messages.refusal(null, e);
    }
    load();
  }

  public List<AppealView> getOpen() {
    return open;
  }

  public List<AppealView> getDecided() {
    return decided;
  }

  public AppealView getSelected() {
    return selected;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }
}
