package org.facilitatoracademy.certification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.facilitatoracademy.certification.domain.Certificate;
import org.facilitatoracademy.certification.domain.CertificateRepository;
import org.facilitatoracademy.certification.domain.CertificationApplication;
import org.facilitatoracademy.certification.domain.CredentialType;
import org.facilitatoracademy.certification.domain.EarnedOn;
import org.facilitatoracademy.certification.domain.HistoryEntry;
import org.facilitatoracademy.certification.domain.HistoryRepository;
import org.facilitatoracademy.certification.domain.PassedQuiz;
import org.facilitatoracademy.certification.domain.VerificationCode;
import org.facilitatoracademy.identity.application.AccountService;
import org.facilitatoracademy.identity.application.AccountView;
import org.facilitatoracademy.platform.errors.BusinessException;

/**
 * Issues certificates within the caller's transaction: an unguessable code, a number, the first
 * history entry, and the {@link CertificateIssued} event. Callers decide whether someone may be
 * certified; this class only makes it so.
 */
@ApplicationScoped
class CertificateIssuer {

  private final SecureRandom random = new SecureRandom();

  @Inject private CertificateRepository certificates;
  @Inject private HistoryRepository history;
  @Inject private CertificationPolicy policy;
  @Inject private CertificateEvents events;
  @Inject private Evidence evidence;
  @Inject private AccountService accounts;
  @Inject private Clock clock;

  /** What the new certificate says. */
  record Issue(
      String holderId,
      CredentialType credential,
      String displayName,
      String region,
      LocalDate issuedOn,
      LocalDate expiresOn,
      String applicationId,
      EarnedOn earnedOn,
      boolean imported,
      String issuedBy) {}

  Certificate issue(Issue issue) {
    Instant now = Instant.now(clock);
    LocalDate today = LocalDate.now(clock);
    Certificate certificate =
        new Certificate(
            issue.holderId(),
            issue.credential(),
            issue.displayName(),
            issue.region(),
            issue.issuedOn(),
            issue.expiresOn(),
            uniqueCode(),
            issue.applicationId(),
            issue.earnedOn(),
            issue.imported(),
            issue.issuedBy(),
            now);
    // An imported certificate may already be past its date.
    certificate.expireIfDue(today, now);
    certificates.issue(certificate, policy.numberPrefix());
    history.record(
        new HistoryEntry(
            certificate.publicId(),
            now,
            issue.issuedBy(),
            issue.imported() ? "imported" : "issued",
            certificate.number()));
    events.issued(certificate, today);
    return certificate;
  }

  /** 80 random bits never meet in practice; the unique key would refuse it if they did. */
  private String uniqueCode() {
    String code = VerificationCode.generate(random);
    while (certificates.findByCode(code).isPresent()) {
      code = VerificationCode.generate(random);
    }
    return code;
  }

  /** Issues the certificate of an approved application (also on an upheld appeal). */
  Certificate issueFor(CertificationApplication application, String deciderId) {
    LocalDate today = LocalDate.now(clock);
    AccountView applicant =
        accounts
            .find(application.applicantId())
            .orElseThrow(() -> BusinessException.notFound("The applicant"));
    String courseId = policy.requirements(application.credential()).courseId();
    EarnedOn earnedOn =
        evidence
            .course(courseId)
            .map(
                c ->
                    new EarnedOn(
                        c.id(),
                        c.version(),
                        c.contentVersion(),
                        evidence
                            .examPass(application.applicantId(), courseId)
                            .map(PassedQuiz::contentVersion)
                            .orElse(null)))
            .orElse(null);
    Certificate certificate =
        issue(
            new Issue(
                application.applicantId(),
                application.credential(),
                applicant.displayName(),
                application.region(),
                today,
                expiryFor(today),
                application.publicId(),
                earnedOn,
                false,
                deciderId));
    application.issued(certificate.publicId());
    return certificate;
  }

  /** The expiry date of a certificate issued on the day. */
  LocalDate expiryFor(LocalDate issuedOn) {
    return issuedOn.plusMonths(policy.validityMonths());
  }
}
