package org.facilitatoracademy.certification.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.facilitatoracademy.audit.application.AuditLog;
import org.facilitatoracademy.certification.domain.Certificate;
import org.facilitatoracademy.certification.domain.CertificateDocument;
import org.facilitatoracademy.certification.domain.CertificateRepository;
import org.facilitatoracademy.certification.domain.CertificateSearch;
import org.facilitatoracademy.certification.domain.CertificateStatus;
import org.facilitatoracademy.certification.domain.EarnedOn;
import org.facilitatoracademy.certification.domain.HistoryEntry;
import org.facilitatoracademy.certification.domain.HistoryRepository;
import org.facilitatoracademy.certification.domain.NameCorrection;
import org.facilitatoracademy.certification.domain.RenewalCheck;
import org.facilitatoracademy.certification.domain.RequirementCheck;
import org.facilitatoracademy.certification.domain.StatusChange;
import org.facilitatoracademy.certification.domain.StatusReason;
import org.facilitatoracademy.certification.domain.VerificationCode;
import org.facilitatoracademy.identity.application.AccountService;
import org.facilitatoracademy.identity.application.AccountView;
import org.facilitatoracademy.platform.config.BaseUrl;
import org.facilitatoracademy.platform.errors.BusinessException;

/**
 * Certificates after issue: the holder's list and PDF, voluntary leave and renewal; coordinators'
 * status changes and name corrections with a reason kept for coordinators only. Every change is
 * audited, mailed to the holder and announced with {@link CertificateStatusChanged} or {@link
 * CertificateNameCorrected}.
 */
@Stateless
public class Certificates {

  @Inject private CertificateRepository certificates;
  @Inject private HistoryRepository history;
  @Inject private CertificateDocument document;
  @Inject private Evidence evidence;
  @Inject private CertificationPolicy policy;
  @Inject private CertificationMail mail;
  @Inject private CertificateEvents events;
  @Inject private AccountService accounts;
  @Inject private BaseUrl baseUrl;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  @RolesAllowed("TRAINEE")
  public List<CertificateView> mine() {
    LocalDate today = LocalDate.now(clock);
    return certificates.ofHolder(accounts.callerId()).stream().map(c -> view(c, today)).toList();
  }

  /** For the holder, the coordinators of its region and administrators; 404 for others. */
  @RolesAllowed("TRAINEE")
  public CertificateView get(String id) {
    Caller me = Caller.of(accounts.me());
    return view(visible(me, certificates.find(id)), LocalDate.now(clock));
  }

  /** The certificate as a PDF with a QR code of its verification address. */
  @RolesAllowed("TRAINEE")
  public byte[] pdf(String id) {
    Caller me = Caller.of(accounts.me());
    Certificate certificate = visible(me, certificates.find(id));
    if (!certificate.holderId().equals(me.id())) {
      audit.record(me.id(), "certificate.pdf-viewed", certificate.publicId(), null);
    }
    return document.render(certificate, verifyUrl(certificate.code()), policy.issuerName());
  }

  /** The page anyone can open from the certificate's QR code. */
  public String verifyUrl(String code) {
    return baseUrl.link("/verify/" + code);
  }

  /**
   * A coordinator of the certificate's region changes its status, giving a reason that only
   * coordinators will read. Never on one's own certificate.
   */
  @RolesAllowed("COORDINATOR")
  public CertificateView changeStatus(String id, CertificateStatus target, String reason) {
    if (target == null || target == CertificateStatus.EXPIRED) {
      throw BusinessException.malformed(
          "Say which status: ACTIVE, INACTIVE, SUSPENDED or REVOKED (EXPIRED follows the date).");
    }
    String why = StatusReason.require(reason);
    Caller me = Caller.of(accounts.me());
    Certificate certificate =
        locked(id).filter(c -> me.coordinates(c.region())).orElseThrow(this::notFound);
    LocalDate today = LocalDate.now(clock);
    Instant now = Instant.now(clock);
    CertificateStatus before = certificate.statusOn(today);
    StatusChange change = certificate.changeStatus(target, me.id(), today, now);
    StatusReason record =
        new StatusReason(
            certificate.publicId(), new StatusChange(before, change.to()), why, me.id(), now);
    certificates.storeReason(record);
    history.record(
        new HistoryEntry(
            certificate.publicId(), now, me.id(), "status-changed", before + " -> " + change.to()));
    audit.record(
        me.id(),
        "certificate.status-changed",
        certificate.publicId(),
        before + " -> " + change.to() + " (reason kept for coordinators)");
    mail.statusChanged(certificate, change.to(), true);
    events.statusChanged(certificate, before, today, now);
    return view(certificate, today);
  }

  /**
   * A coordinator of the certificate's region, or an administrator, corrects the name printed on
   * it, giving a reason that only coordinators will read. Never on one's own certificate nor on a
   * revoked one; the same name again changes nothing and tells nobody.
   */
  @RolesAllowed({"COORDINATOR", "ADMIN"})
  public CertificateView correctDisplayName(String id, String displayName, String reason) {
    String why = NameCorrection.requireReason(reason);
    Caller me = Caller.of(accounts.me());
    Certificate certificate =
        locked(id)
            .filter(c -> me.isAdmin() || me.coordinates(c.region()))
            .orElseThrow(this::notFound);
    if (certificate.holderClosed()) {
      // Closing an account erases the name; a correction must not bring one back.
      throw BusinessException.conflict(
          "holder-account-closed",
          "The holder closed their account; no name is shown on this certificate any more.");
    }
    LocalDate today = LocalDate.now(clock);
    Optional<NameCorrection> corrected = certificate.correctDisplayName(displayName, me.id());
    if (corrected.isEmpty()) {
      return view(certificate, today);
    }
    Instant now = Instant.now(clock);
    NameCorrection correction = corrected.get();
    certificates.storeReason(
        StatusReason.nameCorrected(
            certificate.publicId(), certificate.statusOn(today), correction, why, me.id(), now));
    // The names stay in the coordinator-only record, which closing the account erases.
    history.record(new HistoryEntry(certificate.publicId(), now, me.id(), "name-corrected", null));
    audit.record(
        me.id(),
        "certificate.name-corrected",
        certificate.publicId(),
        "names and reason kept for coordinators");
    mail.nameCorrected(certificate);
    events.nameCorrected(certificate, today, now);
    return view(certificate, today);
  }

  /** The holder goes on leave or comes back: ACTIVE ⇄ INACTIVE, no reason asked. */
  @RolesAllowed("TRAINEE")
  public CertificateView leave(String id, boolean onLeave) {
    String me = accounts.callerId();
    Certificate certificate =
        locked(id).filter(c -> c.holderId().equals(me)).orElseThrow(this::notFound);
    LocalDate today = LocalDate.now(clock);
    Instant now = Instant.now(clock);
    CertificateStatus before = certificate.statusOn(today);
    StatusChange change = certificate.takeLeave(onLeave, today, now);
    history.record(
        new HistoryEntry(
            certificate.publicId(),
            now,
            me,
            onLeave ? "leave-taken" : "leave-ended",
            before + " -> " + change.to()));
    audit.record(
        me,
        onLeave ? "certificate.leave-taken" : "certificate.leave-ended",
        certificate.publicId(),
        null);
    mail.statusChanged(certificate, change.to(), false);
    events.statusChanged(certificate, before, today, now);
    return view(certificate, today);
  }

  /** What renewing still needs, for the holder. */
  @RolesAllowed("TRAINEE")
  public RequirementCheck renewalCheck(String id, boolean activityAttested) {
    String me = accounts.callerId();
    Certificate certificate =
        certificates.find(id).filter(c -> c.holderId().equals(me)).orElseThrow(this::notFound);
    return evidence.renewal(certificate, LocalDate.now(clock), activityAttested);
  }

  /**
   * Renews: the refresher passed during the current validity period, activity attested, agreements
   * re-accepted. The new expiry date follows on from the old one.
   */
  @RolesAllowed("TRAINEE")
  public CertificateView renew(String id, boolean activityAttested) {
    String me = accounts.callerId();
    Certificate certificate =
        locked(id).filter(c -> c.holderId().equals(me)).orElseThrow(this::notFound);
    LocalDate today = LocalDate.now(clock);
    if (!certificate.renewableOn(today, policy.graceDays())) {
      throw BusinessException.conflict(
          "not-renewable",
          "This certificate cannot be renewed: it is "
              + certificate.statusOn(today)
              + (today.isBefore(certificate.graceEndsOn(policy.graceDays()))
                  ? "."
                  : " and its grace period is over."));
    }
    RequirementCheck check = evidence.renewal(certificate, today, activityAttested);
    if (!check.met()) {
      throw new BusinessException(
          BusinessException.Kind.RULE,
          "requirements-unmet",
          "Some renewal requirements are not met yet.",
          check.unmet());
    }
    Instant now = Instant.now(clock);
    CertificateStatus before = certificate.statusOn(today);
    LocalDate previousExpiry = certificate.expiresOn();
    certificate.renew(
        previousExpiry.plusMonths(policy.validityMonths()), today, policy.graceDays(), me, now);
    history.record(
        new HistoryEntry(
            certificate.publicId(),
            now,
            me,
            "renewed",
            "activity attested on "
                + today
                + "; expires "
                + previousExpiry
                + " -> "
                + certificate.expiresOn()));
    audit.record(
        me, "certificate.renewed", certificate.publicId(), "expires " + certificate.expiresOn());
    mail.renewed(certificate);
    events.statusChanged(certificate, before, today, now);
    return view(certificate, today);
  }

  /** The certificates of the coordinator's region (every region for administrators). */
  @RolesAllowed({"COORDINATOR", "ADMIN"})
  public List<CertificateView> inMyRegion(CertificateFilter filter, int first, int max) {
    LocalDate today = LocalDate.now(clock);
    return certificates.search(searchInMyRegion(filter, today), first, max).stream()
        .map(c -> view(c, today))
        .toList();
  }

  @RolesAllowed({"COORDINATOR", "ADMIN"})
  public long countInMyRegion(CertificateFilter filter) {
    return certificates.count(searchInMyRegion(filter, LocalDate.now(clock)));
  }

  /**
   * The certificates of a region the caller oversees (null: every region, for an administrator),
   * for the coordinator's figures and exports.
   */
  @RolesAllowed({"COORDINATOR", "ADMIN"})
  public List<CertificateView> inRegion(
      String region, CertificateFilter filter, int first, int max) {
    LocalDate today = LocalDate.now(clock);
    return certificates.search(searchIn(region, filter, today), first, max).stream()
        .map(c -> view(c, today))
        .toList();
  }

  @RolesAllowed({"COORDINATOR", "ADMIN"})
  public long countInRegion(String region, CertificateFilter filter) {
    return certificates.count(searchIn(region, filter, LocalDate.now(clock)));
  }

  private CertificateSearch searchIn(String region, CertificateFilter filter, LocalDate today) {
    try {
      return new CertificateSearch(
          accounts.overseenRegion(region),
          filter.status(),
          filter.expiringWithinDays(),
          filter.text(),
          today);
    } catch (IllegalArgumentException e) {
      throw BusinessException.malformed(e.getMessage());
    }
  }

  private CertificateSearch searchInMyRegion(CertificateFilter filter, LocalDate today) {
    try {
      return new CertificateSearch(
          Optional.ofNullable(Caller.of(accounts.me()).scope()),
          filter.status(),
          filter.expiringWithinDays(),
          filter.text(),
          today);
    } catch (IllegalArgumentException e) {
      throw BusinessException.malformed(e.getMessage());
    }
  }

  /** The coordinator-only reasons of a certificate's status changes; reading them is audited. */
  @RolesAllowed({"COORDINATOR", "ADMIN"})
  public List<StatusReasonView> reasons(String id) {
    Caller me = Caller.of(accounts.me());
    Certificate certificate =
        certificates
            .find(id)
            .filter(c -> me.isAdmin() || me.coordinates(c.region()))
            .orElseThrow(this::notFound);
    audit.record(me.id(), "certificate.reasons-viewed", certificate.publicId(), null);
    return certificates.reasonsOf(certificate.publicId()).stream()
        .map(
            r ->
                new StatusReasonView(
                    r.from(),
                    r.to(),
                    r.nameCorrection().map(NameCorrection::before).orElse(null),
                    r.nameCorrection().map(NameCorrection::after).orElse(null),
                    r.reason(),
                    r.coordinatorId(),
                    accounts.find(r.coordinatorId()).map(AccountView::displayName).orElse("—"),
                    r.recordedAt()))
        .toList();
  }

  private Optional<Certificate> locked(String id) {
    try {
      return certificates.findForUpdate(id);
    } catch (PersistenceException e) {
      throw BusinessException.conflict(
          "being-changed", "Someone else is changing this certificate right now; try again.");
    }
  }

  private Certificate visible(Caller me, Optional<Certificate> certificate) {
    return certificate
        .filter(c -> c.holderId().equals(me.id()) || me.isAdmin() || me.coordinates(c.region()))
        .orElseThrow(this::notFound);
  }

  private BusinessException notFound() {
    return BusinessException.notFound("The certificate");
  }

  CertificateView view(Certificate c, LocalDate today) {
    Optional<EarnedOn> earned = c.earnedOn();
    return new CertificateView(
        c.publicId(),
        c.number(),
        VerificationCode.grouped(c.code()),
        c.credential(),
        c.statusOn(today),
        c.issuedOn(),
        c.expiresOn(),
        c.graceEndsOn(policy.graceDays()),
        RenewalCheck.windowOpensOn(c, policy.renewalWindowDays()),
        c.holderId(),
        c.displayName(),
        c.region(),
        c.imported(),
        c.onLeaveByHolder(),
        c.statusChangedAt(),
        earned.map(EarnedOn::courseVersion).orElse(null),
        earned.map(EarnedOn::courseContentVersion).orElse(null),
        earned.flatMap(EarnedOn::examContentVersion).orElse(null));
  }
}
