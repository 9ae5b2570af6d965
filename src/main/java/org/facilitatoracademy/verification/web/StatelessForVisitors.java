package org.facilitatoracademy.verification.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

/**
 * The verification page is a stateless view for visitors who are not signed in (the layout's {@code
 * f:view transient}), so a QR scan opens no session. The view learns that only when it is built,
 * during rendering; PrimeFaces gives the page its script nonce just before, and keeps the nonce of
 * a view that is not (yet) transient in the view's map, which lives in a new session. Marking the
 * view transient as soon as it is created keeps the visit sessionless.
 */
public class StatelessForVisitors implements PhaseListener {

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.RESTORE_VIEW;
  }

  @Override
  public void afterPhase(PhaseEvent event) {
    FacesContext context = event.getFacesContext();
    if (context.getViewRoot() != null
        && VerifyPageServlet.PAGE.equals(context.getViewRoot().getViewId())
        && !context.isPostback()
        && context.getExternalContext().getUserPrincipal() == null) {
      context.getViewRoot().setTransient(true);
    }
  }

  @Override
  public void beforePhase(PhaseEvent event) {}
}
