package org.facilitatoracademy.platform.web;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.render.ResponseStateManager;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;

/**
 * A form posted with a view state this server does not hold — expired with the session, from
 * another server, forged, or marked stateless on a page that is not — is the visitor's everyday
 * mishap or someone probing, never a fault of ours: a 400 with the friendly "page expired" page and
 * one line in the log, without a stack trace.
 */
@WebFilter(servletNames = "Faces Servlet", asyncSupported = true)
public class ExpiredViewFilter extends HttpFilter {

  private static final Logger LOG = Logger.getLogger(ExpiredViewFilter.class.getName());

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      chain.doFilter(request, response);
    } catch (ServletException | RuntimeException e) {
      if (!isUnrestorableView(request, e) || response.isCommitted()) {
        throw e;
      }
      LOG.warning(
          () ->
              "A form was posted to "
                  + request.getRequestURI()
                  + " with a view state this server does not hold (expired, from another server"
                  + " or forged); answered 400.");
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
    }
  }

  /**
   * Faces says it in two ways: an unknown view state id is a {@link ViewExpiredException}; the
   * token "stateless" on a page that is not stateless is a plain FacesException thrown while
   * restoring the view.
   */
  private static boolean isUnrestorableView(HttpServletRequest request, Throwable e) {
    boolean posted = request.getParameter(ResponseStateManager.VIEW_STATE_PARAM) != null;
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ViewExpiredException) {
        return true;
      }
      if (posted && t instanceof FacesException && thrownWhileRestoring(t)) {
        return true;
      }
    }
    return false;
  }

  private static boolean thrownWhileRestoring(Throwable t) {
    for (StackTraceElement frame : t.getStackTrace()) {
      if (frame.getMethodName().equals("restoreView")) {
        return true;
      }
    }
    return false;
  }
}
