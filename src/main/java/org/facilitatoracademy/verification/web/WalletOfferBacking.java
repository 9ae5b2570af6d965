package org.facilitatoracademy.verification.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.facilitatoracademy.platform.errors.BusinessException;
import org.facilitatoracademy.platform.web.PageMessages;
import org.facilitatoracademy.verification.application.WalletOffers;

/**
 * "Add to wallet" on the holder's certificates: a fresh one-time offer per click, shown as a QR
 * code to scan with the wallet and a link to open on the phone itself; and the offers wallets used.
 */
@Named
@ViewScoped
public class WalletOfferBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  /** An offer on screen. */
  public record Shown(String link, String qr, String expiresAt) implements Serializable {}

  @Inject private WalletOffers walletOffers;
  @Inject private PageMessages messages;

  private final Map<String, Shown> shown = new HashMap<>();
  private transient List<WalletOffers.UsedOffer> used;

  public void offer(String certificateId) {
    WalletOffers.Offer offer;
    try {
      offer = walletOffers.offer(certificateId);
    } catch (BusinessException refused) {
      messages.refusal(null, refused);
      return;
    }
    shown.put(
        certificateId,
        new Shown(
            offer.offerUrl(), QrImage.dataUri(offer.offerUrl()), WHEN.format(offer.expiresAt())));
  }

  public Shown shownFor(String certificateId) {
    return shown.get(certificateId);
  }

  public List<WalletOffers.UsedOffer> getUsed() {
    if (used == null) {
      used = walletOffers.used();
    }
    return used;
  }

  public String when(WalletOffers.UsedOffer offer) {
    return WHEN.format(offer.usedAt());
  }
}
