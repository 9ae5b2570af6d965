package org.facilitatoracademy.certification.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.facilitatoracademy.certification.application.ApplicationView;
import org.facilitatoracademy.certification.application.Applications;
import org.facilitatoracademy.certification.domain.ApplicationStatus;
import org.facilitatoracademy.certification.domain.CredentialType;

/** The coordinator's queue: applications of their own region, pending ones first by default. */
@Named
@ViewScoped
public class ApplicationQueueBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient Applications applications;

  private ApplicationStatus status = ApplicationStatus.PENDING;
  private List<ApplicationView> list;
  private List<ApplicationView> filtered;

  @PostConstruct
  void load() {
    list = applications.queue(status);
    filtered = null;
  }

  public void reload() {
    load();
  }

  public ApplicationStatus[] getStatuses() {
    return ApplicationStatus.values();
  }

  public CredentialType[] getCredentials() {
    return CredentialType.values();
  }

  public ApplicationStatus getStatus() {
    return status;
  }

  public void setStatus(ApplicationStatus status) {
    this.status = status;
  }

  public List<ApplicationView> getApplications() {
    return list;
  }

  public List<ApplicationView> getFiltered() {
    return filtered;
  }

  public void setFiltered(List<ApplicationView> filtered) {
    this.filtered = filtered;
  }
}
