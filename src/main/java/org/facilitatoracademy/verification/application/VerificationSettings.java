package org.facilitatoracademy.verification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.facilitatoracademy.verification.domain.StatusList;

/** Verification's configuration, from MicroProfile Config (see the README for each key). */
@ApplicationScoped
public class VerificationSettings {

  @Inject
  @ConfigProperty(name = "academy.policy.verification.rate-limit-per-minute", defaultValue = "30")
  int rateLimitPerMinute;

  @Inject
  @ConfigProperty(name = "academy.issuer.name", defaultValue = "Facilitator Academy")
  String issuerName;

  @Inject
  @ConfigProperty(name = "academy.verification.status-list-size", defaultValue = "131072")
  int statusListSize;

  @Inject
  @ConfigProperty(name = "academy.wallet.offer-minutes", defaultValue = "10")
  int walletOfferMinutes;

  @Inject
  @ConfigProperty(
      name = "academy.wallet.request-link",
      defaultValue = "https://lcw.app/request.html")
  String walletRequestLink;

  /** How long an offer to a wallet can be followed. */
  public Duration walletOfferLifetime() {
    return Duration.ofMinutes(Math.max(1, walletOfferMinutes));
  }

  /** The wallet's request address the offer link opens (the Learner Credential Wallet's). */
  public String walletRequestLink() {
    return walletRequestLink;
  }

  /** Look-ups one client may make per minute, page and API together. */
  public int rateLimitPerMinute() {
    return Math.max(1, rateLimitPerMinute);
  }

  public String issuerName() {
    return issuerName;
  }

  /** Entries per status list; never fewer than the privacy minimum. */
  public int statusListSize() {
    int rounded = (statusListSize + 7) / 8 * 8;
    return Math.max(StatusList.MINIMUM_SIZE, rounded);
  }
}
