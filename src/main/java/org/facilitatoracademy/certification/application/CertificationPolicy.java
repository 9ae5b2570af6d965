package org.facilitatoracademy.certification.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.facilitatoracademy.certification.domain.Agreement;
import org.facilitatoracademy.certification.domain.CredentialRequirements;
import org.facilitatoracademy.certification.domain.CredentialType;

/**
 * The certification figures an organisation may change (academy.policy.* keys, listed in the
 * README), with the defaults of the product's policy. A wrong value stops the start with a message
 * naming the key, rather than certifying people under a rule nobody meant.
 */
@ApplicationScoped
public class CertificationPolicy {

  @Inject
  @ConfigProperty(name = "academy.policy.facilitator.course", defaultValue = "facilitator")
  String facilitatorCourse;

  @Inject
  @ConfigProperty(name = "academy.policy.facilitator.observed-meetings", defaultValue = "2")
  int facilitatorObserved;

  @Inject
  @ConfigProperty(name = "academy.policy.facilitator.role-plays", defaultValue = "1")
  int facilitatorRolePlays;

  @Inject
  @ConfigProperty(name = "academy.policy.facilitator.co-facilitated-meetings", defaultValue = "2")
  int facilitatorCoFacilitated;

  @Inject
  @ConfigProperty(name = "academy.policy.host.course", defaultValue = "host")
  String hostCourse;

  @Inject
  @ConfigProperty(name = "academy.policy.host.observed-meetings", defaultValue = "1")
  int hostObserved;

  @Inject
  @ConfigProperty(name = "academy.policy.host.role-plays", defaultValue = "0")
  int hostRolePlays;

  @Inject
  @ConfigProperty(name = "academy.policy.host.co-facilitated-meetings", defaultValue = "0")
  int hostCoFacilitated;

  @Inject
  @ConfigProperty(
      name = "academy.policy.agreements",
      defaultValue = "code-of-conduct,confidentiality")
  String agreements;

  @Inject
  @ConfigProperty(name = "academy.policy.validity.months", defaultValue = "24")
  int validityMonths;

  @Inject
  @ConfigProperty(name = "academy.policy.grace.days", defaultValue = "30")
  int graceDays;

  @Inject
  @ConfigProperty(name = "academy.policy.reminder.days", defaultValue = "90,60,30,7")
  String reminderDays;

  @Inject
  @ConfigProperty(name = "academy.policy.appeal.days", defaultValue = "30")
  int appealDays;

  @Inject
  @ConfigProperty(name = "academy.policy.renewal.course", defaultValue = "renewal-refresher")
  String renewalCourse;

  @Inject
  @ConfigProperty(name = "academy.policy.renewal.window-days", defaultValue = "90")
  int renewalWindowDays;

  @Inject
  @ConfigProperty(name = "academy.certificate.number-prefix", defaultValue = "FA")
  String numberPrefix;

  @Inject
  @ConfigProperty(name = "academy.issuer.name", defaultValue = "Facilitator Academy")
  String issuerName;

  private Set<Agreement> requiredAgreements;
  private List<Integer> reminders;

  @PostConstruct
  void check() {
    EnumSet<Agreement> parsed = EnumSet.noneOf(Agreement.class);
    for (String code : agreements.split(",")) {
      if (!code.isBlank()) {
        parsed.add(
            Agreement.fromCode(code.strip())
                .orElseThrow(
                    () ->
                        new IllegalStateException(
                            "academy.policy.agreements: unknown agreement '"
                                + code.strip()
                                + "'; known are code-of-conduct, confidentiality")));
      }
    }
    requiredAgreements = parsed;
    try {
      reminders =
          Arrays.stream(reminderDays.split(","))
              .map(String::strip)
              .filter(s -> !s.isEmpty())
              .map(Integer::valueOf)
              .sorted((a, b) -> b - a)
              .distinct()
              .toList();
    } catch (NumberFormatException e) {
      throw new IllegalStateException(
          "academy.policy.reminder.days must be whole numbers of days, like 90,60,30,7", e);
    }
    if (reminders.stream().anyMatch(d -> d <= 0)
        || validityMonths <= 0
        || graceDays < 0
        || appealDays <= 0
        || renewalWindowDays <= 0) {
      throw new IllegalStateException(
          "academy.policy.reminder.days, validity.months, appeal.days and renewal.window-days"
              + " must be positive and grace.days not negative");
    }
  }

  public CredentialRequirements requirements(CredentialType credential) {
    return switch (credential) {
      case FACILITATOR ->
          new CredentialRequirements(
              credential,
              facilitatorCourse,
              facilitatorObserved,
              facilitatorRolePlays,
              facilitatorCoFacilitated,
              requiredAgreements);
      case HOST ->
          new CredentialRequirements(
              credential,
              hostCourse,
              hostObserved,
              hostRolePlays,
              hostCoFacilitated,
              requiredAgreements);
    };
  }

  public Set<Agreement> agreements() {
    return requiredAgreements;
  }

  public int validityMonths() {
    return validityMonths;
  }

  public int graceDays() {
    return graceDays;
  }

  /** Days before expiry on which reminders go out, largest first. */
  public List<Integer> reminderDays() {
    return reminders;
  }

  public Duration appealPeriod() {
    return Duration.ofDays(appealDays);
  }

  public String renewalCourse() {
    return renewalCourse;
  }

  public int renewalWindowDays() {
    return renewalWindowDays;
  }

  public String numberPrefix() {
    return numberPrefix;
  }

  public String issuerName() {
    return issuerName;
  }
}
