package org.facilitatoracademy.verification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.facilitatoracademy.certification.application.Credentials;
import org.facilitatoracademy.certification.application.PublishedRequirements;
import org.facilitatoracademy.certification.domain.CredentialType;
import org.facilitatoracademy.verification.domain.AchievementWording;
import org.facilitatoracademy.verification.domain.Credential;

/**
 * The public words for each credential type, from the verification bundle, so that the page and the
 * signed credential always say the same thing. The criteria narrative is written from what
 * certification is configured to require, so a credential says what its holder really did.
 */
@ApplicationScoped
public class AchievementWordings {

  private static final String BUNDLE = "org.facilitatoracademy.i18n.verification";

  @Inject private Credentials certification;

  public AchievementWording of(Credential credential) {
    ResourceBundle bundle =
        ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH, getClass().getClassLoader());
    String prefix = "achievement." + credential.name() + ".";
    return new AchievementWording(
        bundle.getString(prefix + "name"),
        bundle.getString(prefix + "description"),
        narrative(bundle, certification.requirementsOf(CredentialType.valueOf(credential.name()))));
  }

  static String narrative(ResourceBundle bundle, PublishedRequirements r) {
    List<String> sentences = new ArrayList<>();
    sentences.add(format(bundle, "criteria.course", r.courseId()));
    if (r.observedMeetings() > 0) {
      sentences.add(format(bundle, "criteria.observed", r.observedMeetings()));
    }
    if (r.rolePlays() > 0) {
      sentences.add(format(bundle, "criteria.rolePlays", r.rolePlays()));
    }
    if (r.coFacilitatedMeetings() > 0) {
      sentences.add(format(bundle, "criteria.coFacilitated", r.coFacilitatedMeetings()));
    }
    sentences.add(bundle.getString("criteria.signed"));
    if (!r.agreements().isEmpty()) {
      sentences.add(format(bundle, "criteria.agreements", String.join(" and ", r.agreements())));
    }
    sentences.add(format(bundle, "criteria.validity", r.validityMonths()));
    return String.join(" ", sentences);
  }

  private static String format(ResourceBundle bundle, String key, Object argument) {
    return new MessageFormat(bundle.getString(key), Locale.ENGLISH).format(new Object[] {argument});
  }
}
