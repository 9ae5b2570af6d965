package org.facilitatoracademy.verification.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.facilitatoracademy.verification.application.Lookup;
import org.facilitatoracademy.verification.application.Verification;
import org.facilitatoracademy.verification.domain.Channel;

/**
 * The verification page's addresses. {@code /verify/<code>} is what a certificate's QR code holds:
 * it looks the code up (rate-limited, like the API), answers 200, 404 or 429 with {@code
 * Retry-After}, and renders the page on the server, so it works without JavaScript. {@code /verify}
 * shows the form; its plain GET form sends {@code ?code=} (and {@code ?on=}, a past day to ask
 * about), which is redirected to the code's own address. A malformed or future day answers 400.
 */
@WebServlet({"/verify", "/verify/*"})
public class VerifyPageServlet extends HttpServlet {

  static final String PAGE = "/verification/verify.xhtml";
  static final String LOOKUP = "academy.verification.lookup";
  static final String TYPED = "academy.verification.typed";

  @Inject private Verification verification;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    response.setHeader("X-Robots-Tag", "noindex, nofollow");
    response.setHeader("Cache-Control", "no-store");
    String path = request.getPathInfo();
    String typed = path == null || path.length() <= 1 ? null : path.substring(1);
    if (typed == null) {
      String asked = request.getParameter("code");
      if (asked != null && !asked.isBlank()) {
        String day = request.getParameter("on");
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader(
            "Location",
            request.getContextPath()
                + "/verify/"
                + pathSegment(asked.strip())
                + (day == null || day.isBlank()
                    ? ""
                    : "?on=" + URLEncoder.encode(day.strip(), StandardCharsets.UTF_8)));
        return;
      }
    } else {
      String day = request.getParameter("on");
      Lookup lookup =
          verification.check(
              typed,
              Channel.PAGE,
              request.getRemoteAddr(),
              day == null || day.isBlank() ? null : day);
      request.setAttribute(LOOKUP, lookup);
      request.setAttribute(TYPED, typed);
      if (lookup instanceof Lookup.Unknown) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
      } else if (lookup instanceof Lookup.BadDate) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      } else if (lookup instanceof Lookup.Limited limited) {
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(limited.retryAfterSeconds()));
      }
    }
    request.getRequestDispatcher(PAGE).forward(request, response);
  }

  private static String pathSegment(String text) {
    return URLEncoder.encode(text.replace(" ", ""), StandardCharsets.UTF_8).replace("+", "%20");
  }
}
