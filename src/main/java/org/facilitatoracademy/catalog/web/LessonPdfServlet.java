package org.facilitatoracademy.catalog.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.facilitatoracademy.catalog.application.Learning;
import org.facilitatoracademy.platform.errors.BusinessException;

/**
 * The one-page PDF of a printable lesson for the lesson page, which uses the session rather than
 * the API's HTTP Basic. {@link Learning#print} applies the lesson page's rules; anything it refuses
 * answers 404, as a page the person may not see does.
 */
@WebServlet("/catalog/lesson.pdf")
public class LessonPdfServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private transient Learning learning;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String id = request.getParameter("id");
    if (id == null || id.isBlank()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Learning.PrintedLesson printed;
    try {
      printed = learning.print(id, request.getParameter("course"));
    } catch (BusinessException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType("application/pdf");
    response.setHeader(
        "Content-Disposition", "attachment; filename=\"" + printed.lessonId() + ".pdf\"");
    response.setHeader("Cache-Control", "no-store");
    response.setContentLength(printed.pdf().length);
    response.getOutputStream().write(printed.pdf());
  }
}
