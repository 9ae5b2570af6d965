package org.facilitatoracademy.certification.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.facilitatoracademy.catalog.domain.AgreementText;
import org.facilitatoracademy.certification.application.Agreements;
import org.facilitatoracademy.certification.application.AppealView;
import org.facilitatoracademy.certification.application.Appeals;
import org.facilitatoracademy.certification.application.ApplicationView;
import org.facilitatoracademy.certification.application.Applications;
import org.facilitatoracademy.certification.application.Practicum;
import org.facilitatoracademy.certification.application.PracticumEntryView;
import org.facilitatoracademy.certification.domain.CredentialType;
import org.facilitatoracademy.certification.domain.RequirementCheck;
import org.facilitatoracademy.platform.errors.BusinessException;
import org.facilitatoracademy.platform.web.PageMessages;

/**
 * A trainee's certification page: the checklist per credential, agreements, practicum, applications
 * and appeals.
 */
@Named
@ViewScoped
public class MyCertificationBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient Applications applications;
  @Inject private transient Agreements agreements;
  @Inject private transient Practicum practicum;
  @Inject private transient Appeals appeals;
  @Inject private transient PageMessages messages;
  @Inject private transient CertificationText text;

  private List<RequirementCheck> checks;
  private List<Agreements.AgreementStatus> agreementList;
  private List<PracticumEntryView> entries;
  private List<ApplicationView> applicationList;
  private List<AppealView> appealList;
  private final AppealDraft appealDraft = new AppealDraft();

  @PostConstruct
  void load() {
    checks = new ArrayList<>();
    for (CredentialType credential : CredentialType.values()) {
      checks.add(applications.requirements(credential));
    }
    agreementList = agreements.mine();
    entries = practicum.mine();
    applicationList = applications.mine();
    appealList = appeals.mine();
  }

  public void accept(String agreement) {
    try {
      agreements.accept(agreement);
      messages.info("my.agreements.done", messages.text("agreement." + agreement));
    } catch (BusinessException e) {
      messages.refusal(null, e);
    }
    load();
  }

  public void apply(CredentialType credential) {
    try {
      applications.apply(credential);
      messages.info("my.applied");
    } catch (BusinessException e) {
      if (!e.unmet().isEmpty()) {
        RequirementCheck check = applications.requirements(credential);
        messages.error(null, "my.notMet", text.unmet(e.unmet(), check.items()));
      } else {
        messages.refusal(null, e);
      }
    }
    load();
  }

  public void startAppeal(String subjectId) {
    appealDraft.start(subjectId);
  }

  public void appeal() {
    appealDraft.file(appeals, messages);
    load();
  }

  public boolean hasPending(CredentialType credential) {
    return applicationList.stream()
        .anyMatch(a -> a.credential() == credential && a.status().name().equals("PENDING"));
  }

  public List<RequirementCheck> getChecks() {
    return checks;
  }

  public List<Agreements.AgreementStatus> getAgreements() {
    return agreementList;
  }

  /**
   * The full text of an agreement, read live rather than kept in the view (it is not serialisable,
   * and a reload of the content shows at once); null when the content has none.
   */
  public AgreementText text(String agreement) {
    return agreements.text(agreement).orElse(null);
  }

  public List<PracticumEntryView> getEntries() {
    return entries;
  }

  public List<ApplicationView> getApplications() {
    return applicationList;
  }

  public List<AppealView> getAppeals() {
    return appealList;
  }

  public AppealDraft getAppealDraft() {
    return appealDraft;
  }
}
