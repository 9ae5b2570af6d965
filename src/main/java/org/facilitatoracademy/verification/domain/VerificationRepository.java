package org.facilitatoracademy.verification.domain;

import java.util.List;
import java.util.Optional;

/** Where verification keeps its certificates, pseudonyms, status lists and log of checks. */
public interface VerificationRepository {

  /** The certificate whose normalised code has this digest. */
  Optional<VerifiableCertificate> findByCodeDigest(String digest);

  Optional<VerifiableCertificate> findByCertificateId(String certificateId);

  List<VerifiableCertificate> heldBy(String holderId);

  void store(VerifiableCertificate certificate);

  /** The holder's pseudonym, created on first use. */
  CredentialSubject subjectOf(String holderId);

  /** A list with room for one more entry, locked for the caller's transaction; opened if none. */
  StatusList openStatusListLocked(int size);

  Optional<StatusList> statusList(Long id);

  Optional<StatusList> statusListByPublicId(String publicId);

  /** The list, locked for the caller's transaction so concurrent changes do not lose bits. */
  StatusList statusListLocked(Long id);

  void record(VerificationCheck check);

  void record(StatusEntry entry);

  /** Every status the certificate had, in the order recorded. */
  List<StatusEntry> historyOf(VerifiableCertificate certificate);

  /** The newest checks of these certificates, at most {@code max}. */
  List<VerificationCheck> checksOf(List<VerifiableCertificate> certificates, int max);

  /** Erases the log of checks of these certificates (their holder closed the account). */
  void forgetChecksOf(List<VerifiableCertificate> certificates);

  void store(WalletOffer offer);

  /** The offer whose exchange id has this digest, locked so that only one wallet can spend it. */
  Optional<WalletOffer> walletOfferLocked(String exchangeDigest);

  Optional<VerifiableCertificate> certificate(Long id);

  /** The holder's offers that a wallet used, newest first. */
  List<WalletOffer> usedWalletOffersOf(String holderId);

  /** Erases the holder's wallet offers (their account was closed). */
  void forgetWalletOffersOf(String holderId);

  /** Erases the holder's pseudonym, so no credential issued to them links to anyone any more. */
  void forgetSubject(String holderId);
}
