package org.facilitatoracademy.certification.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * What renewing a certificate asks for: the renewal window has opened, the refresher course was
 * passed during the current validity period (it counts as the continuing education), the holder
 * attests their activity (a yes with a date, no details), and the agreements were accepted again
 * since the window opened.
 */
public final class RenewalCheck {

  private RenewalCheck() {}

  /** The first day on which a certificate can be renewed. */
  public static LocalDate windowOpensOn(Certificate certificate, int windowDays) {
    return certificate.expiresOn().minusDays(windowDays);
  }

  public static RequirementCheck evaluate(
      Certificate certificate,
      LocalDate today,
      int windowDays,
      String refresherCourseId,
      String refresherTitle,
      boolean refresherPassedInPeriod,
      boolean activityAttested,
      Set<Agreement> required,
      Set<Agreement> acceptedSinceWindowOpened) {
    LocalDate opens = windowOpensOn(certificate, windowDays);
    List<RequirementItem> items = new ArrayList<>();
    items.add(RequirementItem.yesNo("renewal-window", opens.toString(), !today.isBefore(opens)));
    items.add(
        RequirementItem.yesNo(
            "refresher:" + refresherCourseId, refresherTitle, refresherPassedInPeriod));
    items.add(RequirementItem.yesNo("activity-attestation", "", activityAttested));
    required.stream()
        .sorted(Comparator.naturalOrder())
        .forEach(
            a ->
                items.add(
                    RequirementItem.yesNo(
                        "agreement:" + a.code(), "", acceptedSinceWindowOpened.contains(a))));
    return new RequirementCheck(certificate.credential(), items);
  }
}
