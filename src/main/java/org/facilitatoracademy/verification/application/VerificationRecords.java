package org.facilitatoracademy.verification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.facilitatoracademy.identity.application.AccountClosed;
import org.facilitatoracademy.identity.application.PersonalData;
import org.facilitatoracademy.verification.domain.VerifiableCertificate;
import org.facilitatoracademy.verification.domain.VerificationRepository;

/**
 * The log of checks of a person's certificates, in their data export (when, and whether on the page
 * or through the API; never who looked), and verification's retention rule when they close their
 * account: the log and their credential pseudonym are erased, and each certificate stays findable
 * by its code with its status and dates but without a name.
 */
@ApplicationScoped
public class VerificationRecords implements PersonalData {

  @Inject private VerificationRepository repository;
  @Inject private Clock clock;

  /** One look-up of one of the person's certificates. */
  public record CheckRecord(String certificateId, String code, Instant checkedAt, String channel) {}

  @Override
  public String section() {
    return "verifications";
  }

  @Override
  public List<CheckRecord> of(String accountId) {
    List<VerifiableCertificate> held = repository.heldBy(accountId);
    Map<Long, VerifiableCertificate> byRef =
        held.stream().collect(Collectors.toMap(VerifiableCertificate::id, Function.identity()));
    return repository.checksOf(held, Integer.MAX_VALUE).stream()
        .map(
            check -> {
              VerifiableCertificate c = byRef.get(check.certificateRef());
              return new CheckRecord(
                  c.certificateId(), c.code().grouped(), check.checkedAt(), check.channel().name());
            })
        .toList();
  }

  void onAccountClosed(@Observes AccountClosed closed) {
    Instant now = clock.instant();
    List<VerifiableCertificate> held = repository.heldBy(closed.accountId());
    held.forEach(c -> c.withholdName(now));
    repository.forgetChecksOf(held);
    repository.forgetSubject(closed.accountId());
    repository.forgetWalletOffersOf(closed.accountId());
  }
}
