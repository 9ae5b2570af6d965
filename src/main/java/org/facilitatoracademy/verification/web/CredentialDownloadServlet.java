package org.facilitatoracademy.verification.web;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.facilitatoracademy.platform.errors.BusinessException;
import org.facilitatoracademy.verification.application.SignedCredentials;

/**
 * The signed credential for a signed-in holder's browser (the API serves HTTP Basic clients): the
 * VC-JWT, or with {@code format=ldp} the JSON-LD credential with its Data Integrity proof. Only the
 * holder gets it; for anyone else it does not exist.
 */
@WebServlet("/verification/credential")
public class CredentialDownloadServlet extends HttpServlet {

  @Inject private SignedCredentials signedCredentials;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String id = request.getParameter("id");
    boolean linkedData = "ldp".equals(request.getParameter("format"));
    String signed;
    try {
      signed =
          id == null
              ? null
              : linkedData
                  ? signedCredentials.linkedDataCredentialFor(id).toString()
                  : signedCredentials.credentialFor(id);
    } catch (BusinessException | EJBException refused) {
      signed = null;
    }
    if (signed == null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    byte[] body = signed.getBytes(StandardCharsets.UTF_8);
    response.setContentType(linkedData ? SignedCredentials.VC_LD : SignedCredentials.VC_JWT);
    response.setHeader("Cache-Control", "no-store");
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\"credential-"
            + id.replaceAll("[^A-Za-z0-9-]", "")
            + (linkedData ? ".json" : ".jwt")
            + "\"");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
