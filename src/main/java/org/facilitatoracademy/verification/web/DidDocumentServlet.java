package org.facilitatoracademy.verification.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.facilitatoracademy.verification.application.SignedCredentials;

/**
 * The issuer's DID document where did:web resolution looks for it: {@code /.well-known/did.json} of
 * the host the DID names. Wallets and verifiers read the Data Integrity keys from here.
 */
@WebServlet("/.well-known/did.json")
public class DidDocumentServlet extends HttpServlet {

  @Inject private SignedCredentials signedCredentials;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    byte[] body = signedCredentials.didDocument().toString().getBytes(StandardCharsets.UTF_8);
    response.setContentType("application/did+json");
    response.setCharacterEncoding("UTF-8");
    response.setHeader("Cache-Control", "public, max-age=300");
    response.setHeader("Access-Control-Allow-Origin", "*");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
