package org.facilitatoracademy.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.facilitatoracademy.platform.api.ApiErrorWriter;

/**
 * Where every error the container handles ends up (web.xml's error pages point here), so nobody
 * ever sees the server's own error report: the API answers its JSON, pages one of ours.
 */
@WebServlet("/error-answer")
public class ErrorAnswers extends HttpServlet {

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer i ? i : HttpServletResponse.SC_NOT_FOUND;
    if (code == null) {
      // Asked for directly, not by an error dispatch: there is nothing here.
      response.setStatus(status);
    }
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String path = uri instanceof String s ? s : request.getRequestURI();
    if (path.startsWith(request.getContextPath() + "/api/")) {
      ApiErrorWriter.writeFor(response, status);
      return;
    }
    if (status == HttpServletResponse.SC_FORBIDDEN) {
      // A page someone may not see answers as if it did not exist, status included.
      response.setStatus(HttpServletResponse.SC_NOT_FOUND);
    }
    request.getRequestDispatcher(pageFor(status)).forward(request, response);
  }

  private static String pageFor(int status) {
    return switch (status) {
      case 403, 404 -> "/WEB-INF/errorpages/404.xhtml";
      // A page's own 400 is a form posted with a view state this server does not hold.
      case 400 -> "/WEB-INF/errorpages/expired.xhtml";
      default ->
          status >= 500 ? "/WEB-INF/errorpages/500.xhtml" : "/WEB-INF/errorpages/error.xhtml";
    };
  }
}
