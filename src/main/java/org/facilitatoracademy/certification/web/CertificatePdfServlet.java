package org.facilitatoracademy.certification.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.facilitatoracademy.certification.application.CertificateView;
import org.facilitatoracademy.certification.application.Certificates;
import org.facilitatoracademy.platform.errors.BusinessException;

/**
 * The certificate PDF for signed-in pages, which use the session rather than the API's HTTP Basic.
 * The application service decides who may have it: the holder and coordinators of its region.
 */
@WebServlet("/certification/certificate.pdf")
public class CertificatePdfServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private transient Certificates certificates;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String id = request.getParameter("id");
    if (id == null || id.isBlank()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    byte[] pdf;
    CertificateView certificate;
    try {
      certificate = certificates.get(id);
      pdf = certificates.pdf(id);
    } catch (BusinessException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType("application/pdf");
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\"certificate-" + certificate.number() + ".pdf\"");
    response.setHeader("Cache-Control", "no-store");
    response.setContentLength(pdf.length);
    response.getOutputStream().write(pdf);
  }
}
