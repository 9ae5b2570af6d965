package org.facilitatoracademy.verification.web;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * A QR code as an SVG {@code data:} URI for an {@code <img>}: squares drawn as vectors, sharp on
 * any screen, and no extra request (the page's policy allows {@code data:} images only).
 */
final class QrImage {

  private QrImage() {}

  static String dataUri(String text) {
    BitMatrix matrix;
    try {
      matrix =
          new QRCodeWriter()
              .encode(
                  text,
                  BarcodeFormat.QR_CODE,
                  0,
                  0,
                  Map.of(
                      EncodeHintType.ERROR_CORRECTION,
                      ErrorCorrectionLevel.M,
                      EncodeHintType.MARGIN,
                      4));
    } catch (WriterException e) {
      throw new IllegalArgumentException("Cannot encode the offer as a QR code", e);
    }
    int size = matrix.getWidth();
    StringBuilder svg =
        new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
            .append(size)
            .append(' ')
            .append(size)
            .append("\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\"")
            .append(" fill=\"#fff\"/><path fill=\"#000\" d=\"");
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        if (matrix.get(x, y)) {
          svg.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
        }
      }
    }
    svg.append("\"/></svg>");
    return "data:image/svg+xml;base64,"
        + Base64.getEncoder().encodeToString(svg.toString().getBytes(StandardCharsets.UTF_8));
  }
}
