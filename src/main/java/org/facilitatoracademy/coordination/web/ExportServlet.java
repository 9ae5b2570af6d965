package org.facilitatoracademy.coordination.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.facilitatoracademy.coordination.application.Export;
import org.facilitatoracademy.coordination.application.RegionExports;
import org.facilitatoracademy.coordination.infrastructure.CsvTable;
import org.facilitatoracademy.platform.errors.BusinessException;

/**
 * The export buttons of the coordinator's pages, which use the session rather than the API's HTTP
 * Basic: {@code /coordination/export/progress.csv?region=}. The application service decides the
 * region; anything else answers 404.
 */
@WebServlet("/coordination/export/*")
public class ExportServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private transient RegionExports exports;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (request.getUserPrincipal() == null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String region = request.getParameter("region");
    Export export;
    try {
      export =
          switch (String.valueOf(request.getPathInfo())) {
            case "/progress.csv" -> exports.progress(region);
            case "/certificates.csv" -> exports.certificates(region);
            case "/meetings.csv" -> exports.meetings(region);
            default -> null;
          };
    } catch (BusinessException | jakarta.ejb.EJBAccessException e) {
      export = null;
    }
    if (export == null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType(CsvTable.MEDIA_TYPE);
    response.setHeader("Content-Disposition", "attachment; filename=\"" + export.fileName() + "\"");
    response.setHeader("Cache-Control", "no-store");
    CsvTable.write(export, response.getOutputStream());
  }
}
