package org.facilitatoracademy.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.facilitatoracademy.platform.errors.BusinessException;

/** Messages for people on pages, always from the resource bundle. */
@ApplicationScoped
public class PageMessages {

  /** The shared bundle first, then each context's own (see faces-config.xml). */
  private static final String[] BUNDLES = {"msg", "lmsg", "qmsg", "cmsg", "vmsg", "fmsg"};

  public String text(String key, Object... args) {
    FacesContext faces = FacesContext.getCurrentInstance();
    for (String var : BUNDLES) {
      ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, var);
      if (bundle != null && bundle.containsKey(key)) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : MessageFormat.format(pattern, args);
      }
    }
    throw new MissingResourceException("No text for " + key, "messages", key);
  }

  public void info(String key, Object... args) {
    add(null, FacesMessage.SEVERITY_INFO, text(key, args));
  }

  public void error(String clientId, String key, Object... args) {
    add(clientId, FacesMessage.SEVERITY_ERROR, text(key, args));
  }

  /**
   * Shows a refusal from the domain: the bundle's wording for its code where there is one, the
   * domain's own message otherwise (for messages that carry figures, like password rules).
   */
  public void refusal(String clientId, BusinessException e) {
    String text;
    try {
      text = text("error." + e.code());
    } catch (MissingResourceException missing) {
      text = e.getMessage();
    }
    add(clientId, FacesMessage.SEVERITY_ERROR, text);
  }

  private static void add(String clientId, FacesMessage.Severity severity, String text) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(clientId, new FacesMessage(severity, text, null));
    faces.getExternalContext().getFlash().setKeepMessages(true);
  }
}
