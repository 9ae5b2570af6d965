package org.facilitatoracademy.certification.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.facilitatoracademy.audit.application.AuditLog;
import org.facilitatoracademy.catalog.domain.AgreementText;
import org.facilitatoracademy.certification.domain.Agreement;
import org.facilitatoracademy.certification.domain.AgreementAcceptance;
import org.facilitatoracademy.certification.domain.AgreementRepository;
import org.facilitatoracademy.identity.application.AccountService;
import org.facilitatoracademy.platform.errors.BusinessException;

/** The code of conduct and confidentiality: accepted with a date, again at every renewal. */
@Stateless
@RolesAllowed("TRAINEE")
public class Agreements {

  @Inject private AgreementRepository agreements;
  @Inject private AccountService accounts;
  @Inject private CertificationPolicy policy;
  @Inject private Evidence evidence;
  @Inject private AgreementTexts texts;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  /**
   * Records a yes with today's date and the version of the text now live; accepting again records a
   * new date.
   */
  public AcceptedAgreement accept(String code) {
    Agreement agreement =
        Agreement.fromCode(code == null ? "" : code)
            .filter(policy.agreements()::contains)
            .orElseThrow(
                () ->
                    BusinessException.rule(
                        "unknown-agreement",
                        "There is no agreement '"
                            + code
                            + "' to accept; the agreements are "
                            + policy.agreements().stream().map(Agreement::code).toList()
                            + "."));
    String version =
        texts
            .currentVersion(agreement)
            .orElseThrow(
                () ->
                    BusinessException.rule(
                        "agreement-text-missing",
                        "The text of the agreement '"
                            + agreement.code()
                            + "' is not available, so it cannot be accepted yet."));
    String me = accounts.callerId();
    AgreementAcceptance acceptance =
        agreements.store(new AgreementAcceptance(me, agreement, version, Instant.now(clock)));
    audit.record(me, "agreement.accepted", me, agreement.code() + " " + version);
    return new AcceptedAgreement(agreement.code(), version, acceptance.acceptedAt());
  }

  /** Each agreement the organisation asks for, with the date the person last accepted it. */
  public List<AgreementStatus> mine() {
    return evidence.agreementStatus(accounts.callerId());
  }

  /** The text of an agreement as a person reads it before accepting. */
  @PermitAll
  public Optional<AgreementText> text(String code) {
    return Agreement.fromCode(code == null ? "" : code).flatMap(texts::text);
  }

  /**
   * An agreement, when it was last accepted and in which version, and the version now asked for. An
   * acceptance of an older version does not count: the person reads the new text and accepts it
   * again (at the latest when they renew).
   *
   * @param lastAcceptedAt null when never accepted
   * @param acceptedVersion null when never accepted, or accepted before texts had versions
   * @param currentVersion null when the content has no text of the agreement
   */
  public record AgreementStatus(
      String agreement, Instant lastAcceptedAt, String acceptedVersion, String currentVersion) {

    /** Accepted in the version now live. */
    public boolean accepted() {
      return lastAcceptedAt != null
          && acceptedVersion != null
          && acceptedVersion.equals(currentVersion);
    }

    /** Accepted once, but the text has changed since. */
    public boolean acceptedOlderVersion() {
      return lastAcceptedAt != null && !accepted();
    }
  }
}
