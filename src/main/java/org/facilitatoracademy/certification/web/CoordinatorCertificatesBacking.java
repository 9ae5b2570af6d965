package org.facilitatoracademy.certification.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.facilitatoracademy.certification.application.CertificateFilter;
import org.facilitatoracademy.certification.application.CertificateView;
import org.facilitatoracademy.certification.application.Certificates;
import org.facilitatoracademy.certification.application.StatusReasonView;
import org.facilitatoracademy.certification.domain.CertificateStatus;
import org.facilitatoracademy.platform.errors.BusinessException;
import org.facilitatoracademy.platform.web.PageMessages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Certificates of the coordinator's region, paged in the database; a status change or a correction
 * of the printed name, each with a reason for coordinators only, and the reasons recorded so far.
 */
@Named
@ViewScoped
public class CoordinatorCertificatesBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final List<Integer> EXPIRY_WINDOWS = List.of(30, 60, 90);

  @Inject private transient Certificates certificates;
  @Inject private transient PageMessages messages;

  private CertificateView selected;
  private CertificateStatus newStatus;
  private String reason;
  private String newDisplayName;
  private List<StatusReasonView> reasons = List.of();
  private CertificateStatus statusShown;
  private Integer expiringWithinDays;
  private String search;

  /**
   * The region an administrator narrowed the list to ({@code ?region=}, from the workspace); null
   * is a coordinator's own region, or every region for an administrator.
   */
  private String region;

  private final LazyDataModel<CertificateView> model =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          try {
            return (int) certificates.countInRegion(region, filter());
          } catch (BusinessException e) {
            // A region the caller does not oversee reads as their own (every region for admins).
            region = null;
            return (int) certificates.countInRegion(null, filter());
          }
        }

        @Override
        public List<CertificateView> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          return certificates.inRegion(region, filter(), first, pageSize);
        }

        @Override
        public String getRowKey(CertificateView certificate) {
          return certificate.id();
        }
      };

  /** What the filter bar above the table asks for; empty fields do not narrow the list. */
  private CertificateFilter filter() {
    return new CertificateFilter(
        Optional.ofNullable(statusShown),
        Optional.ofNullable(expiringWithinDays),
        Optional.ofNullable(search));
  }

  /** The choices of "Expires within", the horizons a coordinator plans renewals over. */
  public List<Integer> getExpiryWindows() {
    return EXPIRY_WINDOWS;
  }

  /** Every status a certificate can read today, for the status filter. */
  public CertificateStatus[] getStatusesShown() {
    return CertificateStatus.values();
  }

  public CertificateStatus getStatusShown() {
    return statusShown;
  }

  public void setStatusShown(CertificateStatus statusShown) {
    this.statusShown = statusShown;
  }

  public Integer getExpiringWithinDays() {
    return expiringWithinDays;
  }

  public void setExpiringWithinDays(Integer expiringWithinDays) {
    this.expiringWithinDays = expiringWithinDays;
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region == null || region.isBlank() ? null : region;
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }

  public void select(CertificateView certificate) {
    selected = certificate;
    newStatus = null;
    reason = null;
    newDisplayName = null;
    reasons = List.of();
  }

  /** Opens the name correction with the name printed now, ready to be edited. */
  public void selectForName(CertificateView certificate) {
    select(certificate);
    newDisplayName = certificate.displayName();
  }

  public void showReasons(CertificateView certificate) {
    select(certificate);
    try {
      reasons = certificates.reasons(certificate.id());
    } catch (BusinessException e) {
      messages.refusal(null, e);
    }
  }

  public void change() {
    try {
      CertificateView changed = certificates.changeStatus(selected.id(), newStatus, reason);
      messages.info(
          "coordcerts.changed", changed.number(), messages.text("status." + changed.status()));
    } catch (BusinessException e) {
      messages.refusal(null, e);
    }
  }

  public void correctName() {
    try {
      CertificateView corrected =
          certificates.correctDisplayName(selected.id(), newDisplayName, reason);
      messages.info(
          corrected.displayName().equals(selected.displayName())
              ? "coordcerts.nameUnchanged"
              : "coordcerts.nameCorrected",
          corrected.number(),
          corrected.displayName());
    } catch (BusinessException e) {
      messages.refusal(null, e);
    }
  }

  /** The statuses a coordinator can set; EXPIRED follows from the date. */
  public List<CertificateStatus> getStatuses() {
    return List.of(
        CertificateStatus.ACTIVE,
        CertificateStatus.INACTIVE,
        CertificateStatus.SUSPENDED,
        CertificateStatus.REVOKED);
  }

  public LazyDataModel<CertificateView> getModel() {
    return model;
  }

  public CertificateView getSelected() {
    return selected;
  }

  public CertificateStatus getNewStatus() {
    return newStatus;
  }

  public void setNewStatus(CertificateStatus newStatus) {
    this.newStatus = newStatus;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getNewDisplayName() {
    return newDisplayName;
  }

  public void setNewDisplayName(String newDisplayName) {
    this.newDisplayName = newDisplayName;
  }

  public List<StatusReasonView> getReasons() {
    return reasons;
  }
}
