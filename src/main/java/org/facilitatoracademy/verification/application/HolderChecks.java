package org.facilitatoracademy.verification.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.facilitatoracademy.verification.domain.Channel;
import org.facilitatoracademy.verification.domain.VerifiableCertificate;
import org.facilitatoracademy.verification.domain.VerificationRepository;

/** A holder sees their certificates as verifiers see them, and when each was checked. */
@Stateless
@RolesAllowed("TRAINEE")
public class HolderChecks {

  /** The newest checks shown; older ones stay stored but a page of 200 says enough. */
  static final int MAX_CHECKS = 200;

  /** One of the caller's certificates, as a verifier sees it. */
  public record HeldCertificate(String certificateId, VerifiedCertificate publicView) {}

  /** One look-up of one of the caller's certificates. */
  public record Check(Instant at, Channel channel, String code, String certificateId) {}

  @Inject private VerificationRepository repository;
  @Inject private VerificationSettings settings;
  @Inject private Clock clock;
  @Resource private SessionContext session;

  public List<HeldCertificate> certificates() {
    LocalDate today = LocalDate.now(clock);
    return repository.heldBy(caller()).stream()
        .map(
            c ->
                new HeldCertificate(
                    c.certificateId(), VerifiedCertificate.of(c, today, settings.issuerName())))
        .toList();
  }

  /** The newest checks of the caller's certificates, newest first. */
  public List<Check> checks() {
    List<VerifiableCertificate> mine = repository.heldBy(caller());
    Map<Long, VerifiableCertificate> byRef =
        mine.stream().collect(Collectors.toMap(VerifiableCertificate::id, Function.identity()));
    return repository.checksOf(mine, MAX_CHECKS).stream()
        .map(
            check -> {
              VerifiableCertificate c = byRef.get(check.certificateRef());
              return new Check(
                  check.checkedAt(), check.channel(), c.code().grouped(), c.certificateId());
            })
        .toList();
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}
