package org.facilitatoracademy.certification.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.facilitatoracademy.audit.application.AuditLog;
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
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  /** Records a yes with today's date; accepting again records a new date. */
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
    String me = accounts.callerId();
    AgreementAcceptance acceptance =
        agreements.store(new AgreementAcceptance(me, agreement, Instant.now(clock)));
    audit.record(me, "agreement.accepted", me, agreement.code());
    return new AcceptedAgreement(agreement.code(), acceptance.acceptedAt());
  }

  /** Each agreement the organisation asks for, with the date the person last accepted it. */
  public List<AgreementStatus> mine() {
    return evidence.agreementStatus(accounts.callerId());
  }

  /**
   * An agreement and when it was last accepted.
   *
   * @param lastAcceptedAt null when never accepted
   */
  public record AgreementStatus(String agreement, Instant lastAcceptedAt) {
    public boolean accepted() {
      return lastAcceptedAt != null;
    }
  }
}
