package org.facilitatoracademy.verification.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.ResourceBundle;
import org.facilitatoracademy.verification.domain.AchievementWording;
import org.facilitatoracademy.verification.domain.Credential;

/**
 * The public words for each credential type, from the verification bundle, so that the page and the
 * signed credential always say the same thing.
 */
@ApplicationScoped
public class AchievementWordings {

  private static final String BUNDLE = "org.facilitatoracademy.i18n.verification";

  public AchievementWording of(Credential credential) {
    ResourceBundle bundle =
        ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH, getClass().getClassLoader());
    String prefix = "achievement." + credential.name() + ".";
    return new AchievementWording(
        bundle.getString(prefix + "name"),
        bundle.getString(prefix + "description"),
        bundle.getString(prefix + "criteria"));
  }
}
