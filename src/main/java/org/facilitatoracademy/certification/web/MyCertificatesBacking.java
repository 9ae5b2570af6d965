package org.facilitatoracademy.certification.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.facilitatoracademy.certification.application.Appeals;
import org.facilitatoracademy.certification.application.CertificateView;
import org.facilitatoracademy.certification.application.Certificates;
import org.facilitatoracademy.certification.application.CertificationPolicy;
import org.facilitatoracademy.certification.domain.RequirementCheck;
import org.facilitatoracademy.platform.errors.BusinessException;
import org.facilitatoracademy.platform.web.PageMessages;

/** The holder's certificates: download, leave, renewal and appeals. */
@Named
@ViewScoped
public class MyCertificatesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient Certificates certificates;
  @Inject private transient Appeals appeals;
  @Inject private transient CertificationPolicy policy;
  @Inject private transient PageMessages messages;
  @Inject private transient Clock clock;

  private List<CertificateView> mine;
  private final Map<String, RequirementCheck> renewals = new HashMap<>();
  private final Map<String, Boolean> attested = new HashMap<>();
  private final AppealDraft appealDraft = new AppealDraft();

  @PostConstruct
  void load() {
    mine = certificates.mine();
    renewals.clear();
    for (CertificateView c : mine) {
      renewals.put(c.id(), certificates.renewalCheck(c.id(), true));
    }
  }

  public void leave(String id, boolean onLeave) {
    try {
      certificates.leave(id, onLeave);
      messages.info(onLeave ? "certs.leaveTaken" : "certs.leaveEnded");
    } catch (BusinessException e) {
      messages.refusal(null, e);
    }
    load();
  }

  public void renew(String id) {
    try {
      CertificateView renewed = certificates.renew(id, Boolean.TRUE.equals(attested.get(id)));
      messages.info("certs.renewed", renewed.expiresOn());
    } catch (BusinessException e) {
      messages.refusal(null, e);
    }
    load();
  }

  public void startAppeal(String id) {
    appealDraft.start(id);
  }

  public void appeal() {
    appealDraft.file(appeals, messages);
    load();
  }

  /** Renewal is shown from the day it opens until the grace period ends. */
  public boolean renewalShown(CertificateView c) {
    return switch (c.status()) {
      case ACTIVE, INACTIVE, EXPIRED -> true;
      default -> false;
    };
  }

  /** From the day the renewal window opens. */
  public boolean renewalOpen(CertificateView c) {
    return !LocalDate.now(clock).isBefore(c.renewalOpensOn());
  }

  public RequirementCheck renewal(String id) {
    return renewals.get(id);
  }

  public List<CertificateView> getCertificates() {
    return mine;
  }

  public Map<String, Boolean> getAttested() {
    return attested;
  }

  public AppealDraft getAppealDraft() {
    return appealDraft;
  }

  public int getRenewalWindowDays() {
    return policy.renewalWindowDays();
  }

  public int getGraceDays() {
    return policy.graceDays();
  }
}
