package org.facilitatoracademy.certification.domain;

/** Renders a certificate as a printable document. */
public interface CertificateDocument {

  /**
   * @param verifyUrl the address the document's QR code leads to
   * @param issuer the organisation that issued it
   * @return a PDF
   */
  byte[] render(Certificate certificate, String verifyUrl, String issuer);
}
