package org.facilitatoracademy.certification.infrastructure;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.facilitatoracademy.certification.domain.Certificate;
import org.facilitatoracademy.certification.domain.CertificateDocument;
import org.facilitatoracademy.certification.domain.CredentialType;
import org.facilitatoracademy.certification.domain.VerificationCode;

/**
 * The printable certificate: an A4 landscape page with the holder's name as issued, the credential,
 * the dates, the issuer, the number and the verification code, and a QR code of the verification
 * address drawn as vector squares (sharp at any print size). Fonts are embedded (DejaVu Sans,
 * subset), so any display name prints as typed.
 */
@ApplicationScoped
public class PdfCertificateDocument implements CertificateDocument {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
  private static final String FONTS = "/org/facilitatoracademy/shared/fonts/";
  private static final float[] ACCENT = {0.12f, 0.37f, 0.55f};
  private static final float[] INK = {0.11f, 0.14f, 0.16f};

  @Override
  public byte[] render(Certificate c, String verifyUrl, String issuer) {
    try (PDDocument pdf = new PDDocument()) {
      PDRectangle a4 = PDRectangle.A4;
      PDPage page = new PDPage(new PDRectangle(a4.getHeight(), a4.getWidth()));
      pdf.addPage(page);
      PDFont regular = font(pdf, "DejaVuSans.ttf");
      PDFont bold = font(pdf, "DejaVuSans-Bold.ttf");
      float width = page.getMediaBox().getWidth();
      float height = page.getMediaBox().getHeight();
      try (PDPageContentStream out = new PDPageContentStream(pdf, page)) {
        frame(out, width, height);
        Writer w = new Writer(out, width);
        w.centred(bold, 15, height - 75, issuer, ACCENT);
        w.centred(bold, 34, height - 135, "Certificate", INK);
        w.centred(regular, 14, height - 180, "This certifies that", INK);
        w.centred(bold, 30, height - 225, c.displayName(), INK);
        w.centred(regular, 15, height - 265, credentialLine(c.credential()), INK);
        w.centred(
            regular,
            13,
            height - 305,
            "Issued " + DATE.format(c.issuedOn()) + "   ·   Expires " + DATE.format(c.expiresOn()),
            INK);
        float left = 60;
        w.at(regular, 11, left, 175, "Certificate number", INK);
        w.at(bold, 13, left, 158, c.number(), INK);
        w.at(regular, 11, left, 132, "Verification code", INK);
        w.at(bold, 13, left, 115, VerificationCode.grouped(c.code()), INK);
        w.at(regular, 9, left, 92, "Check that it is valid today at " + verifyUrl, INK);
        w.at(regular, 9, left, 78, earnedLine(c), INK);
        w.at(regular, 9, left, 64, "Issued by " + issuer, INK);
        float qrSize = 132;
        float qrX = width - 60 - qrSize;
        qr(out, verifyUrl, qrX, 70, qrSize);
        w.at(regular, 9, qrX + 26, 56, "Scan to verify", INK);
      }
      PDDocumentInformation info = pdf.getDocumentInformation();
      info.setTitle("Certificate " + c.number());
      info.setCreator(issuer);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      pdf.save(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the certificate PDF", e);
    }
  }

  private static String credentialLine(CredentialType credential) {
    return credential == CredentialType.FACILITATOR
        ? "is certified as a Facilitator of 4-Point mutual support meetings"
        : "is certified as a Host of discussion meetings, under a facilitator mentor";
  }

  private static String earnedLine(Certificate c) {
    if (c.imported()) {
      return "Recorded from the organisation's records before this platform.";
    }
    return c.earnedOn()
        .map(
            e ->
                "Earned on the "
                    + e.courseId()
                    + " course, version "
                    + e.courseVersion()
                    + " (content "
                    + e.courseContentVersion()
                    + e.examContentVersion().map(v -> ", exam " + v).orElse("")
                    + ").")
        .orElse("");
  }

  private static PDFont font(PDDocument pdf, String file) throws IOException {
    try (InputStream in = PdfCertificateDocument.class.getResourceAsStream(FONTS + file)) {
      if (in == null) {
        throw new IOException("Font " + file + " is missing from the application");
      }
      return PDType0Font.load(pdf, in);
    }
  }

  private static void frame(PDPageContentStream out, float width, float height) throws IOException {
    out.setStrokingColor(ACCENT[0], ACCENT[1], ACCENT[2]);
    out.setLineWidth(3);
    out.addRect(24, 24, width - 48, height - 48);
    out.stroke();
    out.setLineWidth(0.8f);
    out.addRect(32, 32, width - 64, height - 64);
    out.stroke();
  }

  /** The QR code's dark modules as filled squares, runs of a row merged into one rectangle. */
  private static void qr(PDPageContentStream out, String text, float x, float y, float size)
      throws IOException {
    BitMatrix matrix;
    try {
      matrix =
          new QRCodeWriter()
              .encode(
                  text,
                  com.google.zxing.BarcodeFormat.QR_CODE,
                  0,
                  0,
                  Map.of(
                      EncodeHintType.ERROR_CORRECTION,
                      ErrorCorrectionLevel.M,
                      EncodeHintType.MARGIN,
                      0));
    } catch (WriterException e) {
      throw new IOException("Cannot encode " + text + " as a QR code", e);
    }
    int modules = matrix.getWidth();
    float module = size / modules;
    out.setNonStrokingColor(0f, 0f, 0f);
    for (int row = 0; row < modules; row++) {
      int col = 0;
      while (col < modules) {
        if (!matrix.get(col, row)) {
          col++;
          continue;
        }
        int start = col;
        while (col < modules && matrix.get(col, row)) {
          col++;
        }
        out.addRect(
            x + start * module, y + (modules - 1 - row) * module, (col - start) * module, module);
      }
    }
    out.fill();
  }

  /** Writes single lines of text, replacing characters the font cannot show. */
  private record Writer(PDPageContentStream out, float pageWidth) {

    void centred(PDFont font, float size, float y, String text, float[] color) throws IOException {
      String shown = printable(font, text);
      float textWidth = font.getStringWidth(shown) / 1000 * size;
      float fitted = textWidth > pageWidth - 120 ? size * (pageWidth - 120) / textWidth : size;
      float x = (pageWidth - font.getStringWidth(shown) / 1000 * fitted) / 2;
      at(font, fitted, x, y, shown, color);
    }

    void at(PDFont font, float size, float x, float y, String text, float[] color)
        throws IOException {
      out.beginText();
      out.setNonStrokingColor(color[0], color[1], color[2]);
      out.setFont(font, size);
      out.newLineAtOffset(x, y);
      out.showText(printable(font, text));
      out.endText();
    }

    private static String printable(PDFont font, String text) {
      StringBuilder shown = new StringBuilder();
      text.codePoints()
          .forEach(
              cp -> {
                String s = new String(Character.toChars(cp));
                try {
                  font.encode(s);
                  shown.append(Character.isISOControl(cp) ? " " : s);
                } catch (IOException | IllegalArgumentException e) {
                  shown.append('?');
                }
              });
      return shown.toString();
    }
  }
}
