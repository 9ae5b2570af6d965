package org.facilitatoracademy.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.facilitatoracademy.verification.DataIntegrityCheck;
import org.facilitatoracademy.verification.DataIntegrityCheck.WalletKey;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;

/** A holder adds a certificate to their wallet from the certificates page. */
class WalletBrowserIT extends BrowserTest {

  /** The QR code as the screen shows it, decoded by ZXing. */
  private String decoded(WebElement qr) {
    ((org.openqa.selenium.JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", qr);
    try {
      byte[] png = qr.getScreenshotAs(OutputType.BYTES);
      java.nio.file.Path shots = java.nio.file.Path.of("target", "screenshots");
      java.nio.file.Files.createDirectories(shots);
      java.nio.file.Files.write(shots.resolve("wallet-qr.png"), png);
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
      int[] pixels =
          image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
      return new QRCodeReader()
          .decode(
              new BinaryBitmap(
                  new HybridBinarizer(
                      new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))),
              Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
          .getText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ReaderException e) {
      throw new AssertionError("The QR code on the page cannot be read", e);
    }
  }

  @Test
  void addToWalletShowsAQrCodeAndLinkAndThePageThenListsTheWalletThatTookIt() {
    Certified.Holder holder = Certified.holder(server, "FACILITATOR");
    signIn(holder.email(), Certified.PASSWORD);
    browser.open("/certification/certificates.xhtml");
    assertThat(browser.find("#noWalletOffers").getText()).isNotBlank();

    browser.click("button[id$='addToWallet']");
    browser.settle();

    WebElement qr = browser.find("img.wallet-qr");
    assertThat(qr.getAttribute("src")).startsWith("data:image/svg+xml;base64,");
    assertThat(qr.getAttribute("alt")).isNotBlank();
    String link = browser.find("a.wallet-link").getAttribute("href");
    assertThat(link).startsWith("https://lcw.app/request.html?");
    assertThat(decoded(qr)).as("what a wallet scanning the screen reads").isEqualTo(link);
    browser.screenshot("wallet-offer");

    Map<String, String> query = new HashMap<>();
    for (String pair : URI.create(link).getRawQuery().split("&")) {
      String[] kv = pair.split("=", 2);
      query.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
    }
    WalletKey wallet = WalletKey.generate();
    String exchange = query.get("vc_request_url").substring(server.url("/api/v1").length());
    Api.Reply issued =
        Api.anonymous(server)
            .post(
                exchange,
                "application/json",
                wallet.presentation(query.get("challenge"), null, false, wallet).toString());
    assertThat(issued.status()).as(issued.body()).isEqualTo(200);
    JsonObject credential = DataIntegrityCheck.parse(issued.body());
    assertThat(credential.getJsonObject("credentialSubject").getString("id"))
        .isEqualTo(wallet.did());

    browser.open("/certification/certificates.xhtml");
    assertThat(browser.find("#usedWalletOffers").getText()).contains(holder.code(), wallet.did());
    assertThat(browser.driver().findElements(By.id("noWalletOffers"))).isEmpty();
  }
}
