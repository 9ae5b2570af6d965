package org.facilitatoracademy.certification.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.facilitatoracademy.certification.domain.Agreement;
import org.facilitatoracademy.certification.domain.Certificate;
import org.facilitatoracademy.certification.domain.CertificateRepository;
import org.facilitatoracademy.certification.domain.CredentialRequirements;
import org.facilitatoracademy.certification.domain.CredentialType;
import org.facilitatoracademy.certification.domain.VerificationCode;

/**
 * What other contexts may ask certification: which credentials a person holds right now, and what a
 * verification code stands for. Open to every caller because the callers are other contexts'
 * services and daily jobs (which run without a signed-in person); it is not exposed over HTTP as
 * such — the verification and meetings contexts decide what their own users may see.
 */
@Stateless
@PermitAll
public class Credentials {

  @Inject private CertificateRepository certificates;
  @Inject private CertificationPolicy policy;
  @Inject private Clock clock;

  /** Every certificate the person holds, newest first, with its standing today. */
  public List<HeldCredential> heldBy(String accountId) {
    LocalDate today = LocalDate.now(clock);
    return certificates.ofHolder(accountId).stream().map(c -> held(c, today)).toList();
  }

  /**
   * What each of these people holds, in one look-up (a coordinator choosing among the people of a
   * region); someone holding nothing is absent from the map.
   */
  public Map<String, List<HeldCredential>> heldByEach(Collection<String> accountIds) {
    LocalDate today = LocalDate.now(clock);
    return certificates.ofHolders(accountIds).stream()
        .collect(
            Collectors.groupingBy(
                Certificate::holderId,
                Collectors.mapping(c -> held(c, today), Collectors.toList())));
  }

  /** Whether the person may be given a meeting of this credential to lead now. */
  public boolean mayBeAssigned(String accountId, CredentialType credential) {
    return heldBy(accountId).stream()
        .anyMatch(h -> h.credential() == credential && h.mayBeAssigned());
  }

  /**
   * The public facts of a certificate from a code as typed or scanned (case, hyphens and spaces do
   * not matter); empty for anything that is not the code of a certificate.
   */
  public Optional<PublicCertificate> lookUp(String code) {
    LocalDate today = LocalDate.now(clock);
    return VerificationCode.normalize(code)
        .flatMap(certificates::findByCode)
        .map(
            c ->
                new PublicCertificate(
                    VerificationCode.grouped(c.code()),
                    c.displayName(),
                    c.credential(),
                    c.statusOn(today).publicStatus(),
                    c.issuedOn(),
                    c.expiresOn(),
                    policy.issuerName()));
  }

  /** What the credential requires as configured now, for the words of a signed credential. */
  public PublishedRequirements requirementsOf(CredentialType credential) {
    CredentialRequirements r = policy.requirements(credential);
    return new PublishedRequirements(
        r.courseId(),
        r.observedMeetings(),
        r.rolePlays(),
        r.coFacilitatedMeetings(),
        r.agreements().stream().map(Agreement::code).sorted().toList(),
        policy.validityMonths());
  }

  private HeldCredential held(Certificate c, LocalDate today) {
    return new HeldCredential(
        c.publicId(),
        c.credential(),
        c.statusOn(today),
        c.issuedOn(),
        c.expiresOn(),
        c.graceEndsOn(policy.graceDays()),
        c.mayLeadOn(today, policy.graceDays()),
        c.mayBeAssignedOn(today));
  }
}
