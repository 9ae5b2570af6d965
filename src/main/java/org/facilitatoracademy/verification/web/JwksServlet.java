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
 * The issuer's public keys at the well-known address every credential's {@code kid} points to. At
 * the root, not under {@code /api}, where verifiers look for it.
 */
@WebServlet("/.well-known/jwks.json")
public class JwksServlet extends HttpServlet {

  @Inject private SignedCredentials signedCredentials;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    byte[] body = signedCredentials.publicKeys().getBytes(StandardCharsets.UTF_8);
    response.setContentType("application/jwk-set+json");
    response.setHeader("Cache-Control", "public, max-age=300");
    response.setHeader("Access-Control-Allow-Origin", "*");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
