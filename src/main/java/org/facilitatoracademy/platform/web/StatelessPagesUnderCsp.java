package org.facilitatoracademy.platform.web;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.AbortProcessingException;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import org.primefaces.context.PrimeFacesContext;

/**
 * Keeps public pages sessionless under PrimeFaces' CSP nonces.
 *
 * <p>A public page (home, catalog, verification) is a transient view for visitors who are not
 * signed in, which the layout's {@code f:view transient} says only once the view is built, during
 * rendering. PrimeFaces gives the page its nonce just before and keeps the nonce of a view that is
 * not transient in the view's map, which lives in the session: every visit would open one. So a
 * visitor's page is taken as transient from the start, and once it is built and turns out to keep
 * state after all, the nonce goes into its view map as PrimeFaces would have put it (ajax requests
 * of the page are checked against it).
 */
public class StatelessPagesUnderCsp implements PhaseListener, SystemEventListener {

  /** PrimeFaces' key for the page's nonce, in the view map and as a request parameter. */
  private static final String NONCE = "primefaces.nonce";

  private static final String TAKEN_AS_TRANSIENT = StatelessPagesUnderCsp.class.getName();

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.RESTORE_VIEW;
  }

  @Override
  public void afterPhase(PhaseEvent event) {
    FacesContext context = event.getFacesContext();
    UIViewRoot view = context.getViewRoot();
    if (view != null
        && !view.isTransient()
        && !context.isPostback()
        && context.getExternalContext().getUserPrincipal() == null) {
      view.setTransient(true);
      context.getAttributes().put(TAKEN_AS_TRANSIENT, Boolean.TRUE);
    }
  }

  @Override
  public void beforePhase(PhaseEvent event) {}

  /** After the view is built (PreRenderViewEvent): a page that keeps state gets its nonce back. */
  @Override
  public void processEvent(SystemEvent event) throws AbortProcessingException {
    FacesContext context = FacesContext.getCurrentInstance();
    UIViewRoot view = context.getViewRoot();
    if (context.getAttributes().remove(TAKEN_AS_TRANSIENT) != null && !view.isTransient()) {
      view.getViewMap(true).put(NONCE, PrimeFacesContext.getCspState(context).getNonce());
    }
  }

  @Override
  public boolean isListenerForSource(Object source) {
    return source instanceof UIViewRoot;
  }
}
