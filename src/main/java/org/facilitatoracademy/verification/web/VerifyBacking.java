package org.facilitatoracademy.verification.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.facilitatoracademy.verification.application.Lookup;
import org.facilitatoracademy.verification.application.VerifiedCertificate;

/** What the verification page shows: the look-up {@link VerifyPageServlet} made, if any. */
@Named
@RequestScoped
public class VerifyBacking {

  @Inject private HttpServletRequest request;

  private Lookup lookup() {
    return request.getAttribute(VerifyPageServlet.LOOKUP) instanceof Lookup l ? l : null;
  }

  public boolean isFound() {
    return lookup() instanceof Lookup.Found;
  }

  public boolean isUnknown() {
    return lookup() instanceof Lookup.Unknown;
  }

  public boolean isBadDate() {
    return lookup() instanceof Lookup.BadDate;
  }

  /** The day the visitor asked about, to put back in the field. */
  public String getOn() {
    String on = request.getParameter("on");
    return on == null ? "" : on;
  }

  public boolean isLimited() {
    return lookup() instanceof Lookup.Limited;
  }

  public VerifiedCertificate getCertificate() {
    return lookup() instanceof Lookup.Found found ? found.certificate() : null;
  }

  public long getRetryAfter() {
    return lookup() instanceof Lookup.Limited limited ? limited.retryAfterSeconds() : 0;
  }

  /** What the visitor typed, to put back in the field; the found code in its grouped form. */
  public String getTyped() {
    if (getCertificate() != null) {
      return getCertificate().code();
    }
    Object typed = request.getAttribute(VerifyPageServlet.TYPED);
    return typed instanceof String s ? s : "";
  }
}
