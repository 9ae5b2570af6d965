package org.facilitatoracademy.verification.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.facilitatoracademy.audit.application.AuditLog;
import org.facilitatoracademy.platform.config.BaseUrl;
import org.facilitatoracademy.platform.errors.BusinessException;
import org.facilitatoracademy.verification.domain.DataIntegrity;
import org.facilitatoracademy.verification.domain.VerifiableCertificate;
import org.facilitatoracademy.verification.domain.VerificationRepository;
import org.facilitatoracademy.verification.domain.WalletOffer;

/**
 * Offers of a certificate to the holder's own wallet, through the VC-API exchange the Learner
 * Credential Wallet and other wallets speak: the holder makes an offer (a link and QR code); the
 * wallet posts to the exchange, is asked for DID authentication over a challenge and domain,
 * answers with a signed presentation, and receives the JSON-LD credential whose subject is its DID.
 * An offer is spent by its first successful answer; an expired, used or unknown offer, or a
 * presentation that does not prove control of a DID, issues nothing.
 */
@Stateless
public class WalletOffers {

  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject private VerificationRepository repository;
  @Inject private SignedCredentials signedCredentials;
  @Inject private DataIntegrity dataIntegrity;
  @Inject private VerificationSettings settings;
  @Inject private BaseUrl baseUrl;
  @Inject private AuditLog audit;
  @Inject private Clock clock;
  @Resource private SessionContext session;

  /** An offer as the holder receives it: the link a wallet follows and when it stops working. */
  public record Offer(String offerUrl, String exchangeUrl, Instant expiresAt) {}

  /** An offer a wallet took, for the holder's page. */
  public record UsedOffer(String certificateId, String code, Instant usedAt, String walletDid) {}

  /** A new offer of the caller's certificate; another person's does not exist for them. */
  @RolesAllowed("TRAINEE")
  public Offer offer(String certificateId) {
    String caller = session.getCallerPrincipal().getName();
    VerifiableCertificate certificate =
        repository
            .findByCertificateId(certificateId)
            .filter(c -> c.heldBy(caller))
            .orElseThrow(() -> BusinessException.notFound("The certificate"));
    if (certificate.revoked()) {
      throw BusinessException.conflict(
          "certificate-revoked", "A revoked certificate cannot be added to a wallet.");
    }
    WalletOffer.Made made =
        WalletOffer.of(certificate, clock.instant(), settings.walletOfferLifetime(), RANDOM);
    repository.store(made.offer());
    audit.record(caller, "wallet-offer.created", certificateId, null);
    String exchangeUrl = exchangeUrl(made.exchangeId());
    return new Offer(
        deepLink(exchangeUrl, made.offer().challenge()), exchangeUrl, made.offer().expiresAt());
  }

  /**
   * One step of the exchange. Without a presentation: the request for DID authentication. With one
   * (as the body, or under {@code verifiablePresentation}): the credential, if the presentation
   * proves control of its holder's DID over this offer's challenge.
   */
  @PermitAll
  public JsonObject participate(String exchangeId, JsonObject body) {
    Instant now = clock.instant();
    WalletOffer offer = openOffer(exchangeId, now);
    JsonObject presentation = presentationIn(body);
    if (presentation == null) {
      return presentationRequest(exchangeId, offer);
    }
    DataIntegrity.Authentication authentication =
        dataIntegrity.authenticate(presentation, offer.challenge(), domain());
    if (authentication.holder().isEmpty()) {
      throw BusinessException.rule("did-authentication-failed", authentication.problem());
    }
    String did = authentication.holder().get();
    offer.acceptedBy(did, now);
    VerifiableCertificate certificate =
        repository.certificate(offer.certificateRef()).orElseThrow();
    audit.record(offer.holderId(), "wallet-offer.used", certificate.certificateId(), did);
    JsonObject credential = signedCredentials.linkedDataCredentialFor(certificate, did);
    if (!(body.get("verifiablePresentation") instanceof JsonObject)) {
      // The wallet's direct link posts a bare presentation and reads a bare credential back.
      return credential;
    }
    return Json.createObjectBuilder()
        .add(
            "verifiablePresentation",
            Json.createObjectBuilder()
                .add(
                    "@context",
                    Json.createArrayBuilder().add("https://www.w3.org/ns/credentials/v2"))
                .add("type", Json.createArrayBuilder().add("VerifiablePresentation"))
                .add("verifiableCredential", Json.createArrayBuilder().add(credential)))
        .build();
  }

  /** The offer behind an exchange address, locked, refused when unknown, used or expired. */
  private WalletOffer openOffer(String exchangeId, Instant now) {
    WalletOffer offer =
        repository
            .walletOfferLocked(WalletOffer.digest(exchangeId))
            .orElseThrow(
                () ->
                    new BusinessException(
                        BusinessException.Kind.NOT_FOUND,
                        "unknown-exchange",
                        "There is no offer at this address; it may have been mistyped."));
    offer.requireOpen(now);
    return offer;
  }

  /** The protocols an interaction URL offers (VC-API and the wallet's deep link). */
  @PermitAll
  public JsonObject protocols(String exchangeId) {
    WalletOffer offer = openOffer(exchangeId, clock.instant());
    String url = exchangeUrl(exchangeId);
    return Json.createObjectBuilder()
        .add(
            "protocols",
            Json.createObjectBuilder()
                .add("vcapi", url)
                .add("lcw", deepLink(url, offer.challenge())))
        .build();
  }

  /** The caller's offers that a wallet took, newest first. */
  @RolesAllowed("TRAINEE")
  public List<UsedOffer> used() {
    return repository.usedWalletOffersOf(session.getCallerPrincipal().getName()).stream()
        .map(
            o -> {
              VerifiableCertificate c = repository.certificate(o.certificateRef()).orElseThrow();
              return new UsedOffer(
                  c.certificateId(), c.code().grouped(), o.usedAt(), o.walletDid());
            })
        .toList();
  }

  private JsonObject presentationRequest(String exchangeId, WalletOffer offer) {
    String url = exchangeUrl(exchangeId);
    return Json.createObjectBuilder()
        .add(
            "verifiablePresentationRequest",
            Json.createObjectBuilder()
                .add("query", Json.createObjectBuilder().add("type", "DIDAuthentication"))
                .add("challenge", offer.challenge())
                .add("domain", domain())
                .add(
                    "interact",
                    Json.createObjectBuilder()
                        .add(
                            "service",
                            Json.createArrayBuilder()
                                .add(
                                    Json.createObjectBuilder()
                                        .add("type", "VerifiableCredentialApiExchangeService")
                                        .add("serviceEndpoint", url))
                                .add(
                                    Json.createObjectBuilder()
                                        .add("type", "UnmediatedPresentationService2021")
                                        .add("serviceEndpoint", url)))))
        .build();
  }

  private static JsonObject presentationIn(JsonObject body) {
    if (body == null) {
      return null;
    }
    if (body.get("verifiablePresentation") instanceof JsonObject wrapped) {
      return wrapped;
    }
    return body.containsKey("type") || body.containsKey("proof") ? body : null;
  }

  private String exchangeUrl(String exchangeId) {
    return baseUrl.link("/api/v1/exchanges/" + exchangeId);
  }

  /** The domain a presentation must be bound to: this installation's origin. */
  private String domain() {
    return baseUrl.value();
  }

  /**
   * The Learner Credential Wallet's request link: it posts a presentation over the challenge
   * straight to the exchange ({@code auth_type=bearer}: the challenge is the only secret).
   */
  private String deepLink(String exchangeUrl, String challenge) {
    return settings.walletRequestLink()
        + "?issuer="
        + URLEncoder.encode(URI.create(baseUrl.value()).getHost(), StandardCharsets.UTF_8)
        + "&auth_type=bearer&challenge="
        + URLEncoder.encode(challenge, StandardCharsets.UTF_8)
        + "&vc_request_url="
        + URLEncoder.encode(exchangeUrl, StandardCharsets.UTF_8);
  }
}
