package org.facilitatoracademy.certification.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.facilitatoracademy.certification.domain.ApplicationRepository;
import org.facilitatoracademy.certification.domain.ApplicationStatus;
import org.facilitatoracademy.certification.domain.CertificationApplication;
import org.facilitatoracademy.certification.domain.CredentialRequirements;
import org.facilitatoracademy.certification.domain.CredentialType;
import org.facilitatoracademy.certification.domain.PracticumRecord;
import org.facilitatoracademy.certification.domain.PracticumRepository;
import org.facilitatoracademy.identity.application.AccountService;
import org.facilitatoracademy.identity.application.AccountView;

/**
 * Certification's answers to a coordinator looking at their region as a whole: who has finished the
 * practicum, who applied, and which applications wait and for how long. The region is always one
 * the caller oversees (identity decides); another region answers as if it did not exist.
 */
@Stateless
@RolesAllowed({"COORDINATOR", "ADMIN"})
public class RegionCertification {

  @Inject private ApplicationRepository applications;
  @Inject private PracticumRepository practicum;
  @Inject private CertificationPolicy policy;
  @Inject private AccountService accounts;
  @Inject private Clock clock;

  /** An application waiting for a decision, and how many whole days it has waited. */
  public record WaitingApplication(
      String id, String applicantName, CredentialType credential, Instant appliedAt, long days) {}

  /**
   * The people among these whose signed practicum meets what the facilitator credential asks (the
   * one every other path starts from).
   */
  public Set<String> practicumDone(Collection<String> accountIds) {
    CredentialRequirements needed = policy.requirements(CredentialType.FACILITATOR);
    Set<String> done = new HashSet<>();
    for (String id : accountIds) {
      PracticumRecord record = PracticumRecord.of(practicum.of(id));
      if (record.observedLeaders() >= needed.observedMeetings()
          && record.rolePlays() >= needed.rolePlays()
          && record.coFacilitatedMeetings() >= needed.coFacilitatedMeetings()) {
        done.add(id);
      }
    }
    return done;
  }

  /** Everyone of the region who has applied for a credential, whatever became of it. */
  public Set<String> applicants(String region) {
    String scope = accounts.overseenRegion(region).orElse(null);
    Set<String> out = new HashSet<>();
    for (ApplicationStatus status : ApplicationStatus.values()) {
      applications.queue(scope, status).forEach(a -> out.add(a.applicantId()));
    }
    return out;
  }

  /** The region's pending applications, longest waiting first. */
  public List<WaitingApplication> waiting(String region) {
    Optional<String> scope = accounts.overseenRegion(region);
    Instant now = Instant.now(clock);
    return applications.queue(scope.orElse(null), ApplicationStatus.PENDING).stream()
        .sorted(Comparator.comparing(CertificationApplication::appliedAt))
        .map(
            a ->
                new WaitingApplication(
                    a.publicId(),
                    accounts.find(a.applicantId()).map(AccountView::displayName).orElse("—"),
                    a.credential(),
                    a.appliedAt(),
                    Duration.between(a.appliedAt(), now).toDays()))
        .toList();
  }
}
