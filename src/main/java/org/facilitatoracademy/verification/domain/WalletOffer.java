package org.facilitatoracademy.verification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import org.facilitatoracademy.platform.errors.BusinessException;

/**
 * A holder's one-time, short-lived offer of a certificate to their own wallet: a VC-API exchange
 * the wallet follows, answering a challenge with a presentation signed by its DID, and receiving
 * the credential bound to that DID. The exchange id (in the link) is stored only as a digest; the
 * offer is spent by the first wallet that proves control of a DID.
 */
@Entity
@Table(name = "wallet_offer")
public class WalletOffer {

  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "wallet_offer_seq")
  @SequenceGenerator(
      name = "wallet_offer_seq",
      sequenceName = "wallet_offer_seq",
      allocationSize = 1)
  private Long id;

  @Column(name = "exchange_digest", nullable = false, updatable = false)
  private String exchangeDigest;

  @Column(name = "challenge", nullable = false, updatable = false)
  private String challenge;

  @Column(name = "certificate_ref", nullable = false, updatable = false)
  private Long certificateRef;

  @Column(name = "holder_id", nullable = false, updatable = false)
  private String holderId;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  @Column(name = "wallet_did")
  private String walletDid;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected WalletOffer() {}

  private WalletOffer(
      String exchangeId,
      String challenge,
      VerifiableCertificate certificate,
      Instant now,
      Duration lifetime) {
    this.exchangeDigest = digest(exchangeId);
    this.challenge = challenge;
    this.certificateRef = certificate.id();
    this.holderId = certificate.holderId();
    this.createdAt = now;
    this.expiresAt = now.plus(lifetime);
  }

  /** A new offer and the exchange id its link carries (256 random bits), shown only once. */
  public record Made(WalletOffer offer, String exchangeId) {}

  public static Made of(
      VerifiableCertificate certificate, Instant now, Duration lifetime, SecureRandom random) {
    String exchangeId = randomText(random, 32);
    return new Made(
        new WalletOffer(exchangeId, randomText(random, 24), certificate, now, lifetime),
        exchangeId);
  }

  /** The digest an exchange id is looked up by. */
  public static String digest(String exchangeId) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(exchangeId.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Refuses an offer that was used or has expired; either way nothing more is issued. */
  public void requireOpen(Instant now) {
    if (usedAt != null) {
      throw BusinessException.conflict(
          "offer-used", "This offer was already used by a wallet. Make a new offer.");
    }
    if (!now.isBefore(expiresAt)) {
      throw BusinessException.conflict(
          "offer-expired", "This offer has expired. Make a new offer on your certificates page.");
    }
  }

  /** The wallet proved control of this DID: the offer is spent. */
  public void acceptedBy(String did, Instant now) {
    requireOpen(now);
    this.walletDid = did;
    this.usedAt = now;
  }

  private static String randomText(SecureRandom random, int bytes) {
    byte[] b = new byte[bytes];
    random.nextBytes(b);
    return B64.encodeToString(b);
  }

  public String challenge() {
    return challenge;
  }

  public Long certificateRef() {
    return certificateRef;
  }

  public String holderId() {
    return holderId;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public Instant usedAt() {
    return usedAt;
  }

  public String walletDid() {
    return walletDid;
  }
}
