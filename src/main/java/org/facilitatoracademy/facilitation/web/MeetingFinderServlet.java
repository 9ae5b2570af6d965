package org.facilitatoracademy.facilitation.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.facilitatoracademy.facilitation.application.MeetingListings;
import org.facilitatoracademy.facilitation.application.PublicMeeting;

/**
 * The public addresses of meetings, for anyone and without signing in: {@code /meetings} is the
 * finder, {@code /meetings/<id>} a meeting's own page, {@code /meetings/<id>.ics} its calendar file
 * and {@code /meetings.json} the Meeting Guide feed (both answered by the API). Pages are rendered
 * on the server as stateless views, so a visitor opens no session.
 */
@WebServlet({"/meetings", "/meetings/*", "/meetings.json"})
public class MeetingFinderServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  static final String FINDER = "/facilitation/meetings.xhtml";
  static final String PAGE = "/facilitation/meeting.xhtml";
  static final String MEETING = "academy.facilitation.meeting";

  @Inject private transient MeetingListings listings;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    if ("/meetings.json".equals(request.getServletPath())) {
      request.getRequestDispatcher("/api/v1/meetings/feed.json").forward(request, response);
      return;
    }
    String path = request.getPathInfo();
    if (path == null || path.equals("/")) {
      request.getRequestDispatcher(FINDER).forward(request, response);
      return;
    }
    String id = path.substring(1);
    if (id.endsWith(".ics") && id.indexOf('/') < 0) {
      request.getRequestDispatcher("/api/v1/meetings/" + id).forward(request, response);
      return;
    }
    Optional<PublicMeeting> meeting = id.indexOf('/') < 0 ? listings.find(id) : Optional.empty();
    if (meeting.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    request.setAttribute(MEETING, meeting.get());
    request.getRequestDispatcher(PAGE).forward(request, response);
  }
}
