package org.facilitatoracademy.verification.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.OptionalLong;
import org.facilitatoracademy.verification.domain.Channel;
import org.facilitatoracademy.verification.domain.StatusOnDay;
import org.facilitatoracademy.verification.domain.VerifiableCertificate;
import org.facilitatoracademy.verification.domain.VerificationCheck;
import org.facilitatoracademy.verification.domain.VerificationCode;
import org.facilitatoracademy.verification.domain.VerificationRepository;

/**
 * Anyone checks a certificate by its code, on the page or through the API. Every look-up counts
 * toward the client's rate limit; a look-up that finds a certificate is logged for its holder with
 * the time and the channel, and nothing about who looked.
 */
@Stateless
@PermitAll
public class Verification {

  @Inject private VerificationRepository repository;
  @Inject private RateLimiter limiter;
  @Inject private VerificationSettings settings;
  @Inject private Clock clock;

  public Lookup check(String typedCode, Channel channel, String clientAddress) {
    return check(typedCode, channel, clientAddress, null);
  }

  /**
   * A look-up that also answers what the certificate said on the day {@code on} ({@code
   * YYYY-MM-DD}, today or earlier), from the history of its statuses. Counts toward the same rate
   * limit as every look-up.
   */
  public Lookup check(String typedCode, Channel channel, String clientAddress, String on) {
    OptionalLong wait = limiter.admit(clientAddress);
    if (wait.isPresent()) {
      return new Lookup.Limited(wait.getAsLong());
    }
    LocalDate today = LocalDate.now(clock);
    LocalDate day = null;
    if (on != null) {
      try {
        day = LocalDate.parse(on.strip());
      } catch (DateTimeParseException e) {
        return new Lookup.BadDate("The day must be a date written YYYY-MM-DD, such as 2026-03-14.");
      }
      if (day.isAfter(today)) {
        return new Lookup.BadDate(
            "The day " + day + " is in the future; ask about today (" + today + ") or earlier.");
      }
    }
    // Malformed input is looked up too, under a digest no code has: same work, same answer.
    Optional<VerifiableCertificate> found =
        repository.findByCodeDigest(VerificationCode.lookupDigest(typedCode));
    if (found.isEmpty()) {
      return new Lookup.Unknown();
    }
    VerifiableCertificate certificate = found.get();
    // A closed account's certificate still answers, but keeps no log: nobody is left to read it.
    if (!certificate.nameWithheld()) {
      repository.record(new VerificationCheck(certificate, channel, clock.instant()));
    }
    StatusOnDay onDay =
        day == null
            ? null
            : StatusOnDay.of(day, certificate.issuedOn(), repository.historyOf(certificate));
    return new Lookup.Found(
        VerifiedCertificate.of(certificate, today, settings.issuerName(), onDay));
  }
}
