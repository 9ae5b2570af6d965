package org.facilitatoracademy.verification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.facilitatoracademy.identity.application.PersonalData;
import org.facilitatoracademy.verification.domain.VerificationRepository;

/**
 * The wallets a person's certificates were sent to, in their data export: which certificate, when,
 * and the wallet's DID. Closing the account erases them (see {@link VerificationRecords}).
 */
@ApplicationScoped
public class WalletOfferRecords implements PersonalData {

  @Inject private VerificationRepository repository;

  /** One certificate a wallet received. */
  public record WalletRecord(String certificateId, Instant receivedAt, String walletDid) {}

  @Override
  public String section() {
    return "walletOffers";
  }

  @Override
  public List<WalletRecord> of(String accountId) {
    return repository.usedWalletOffersOf(accountId).stream()
        .map(
            o ->
                new WalletRecord(
                    repository.certificate(o.certificateRef()).orElseThrow().certificateId(),
                    o.usedAt(),
                    o.walletDid()))
        .toList();
  }
}
