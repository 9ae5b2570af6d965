package org.facilitatoracademy.certification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.facilitatoracademy.certification.domain.Appeal;
import org.facilitatoracademy.certification.domain.Certificate;
import org.facilitatoracademy.certification.domain.CertificateStatus;
import org.facilitatoracademy.certification.domain.CertificationApplication;
import org.facilitatoracademy.certification.domain.CredentialType;
import org.facilitatoracademy.identity.application.AccountService;
import org.facilitatoracademy.identity.application.AccountView;
import org.facilitatoracademy.notification.application.Outbox;
import org.facilitatoracademy.platform.config.BaseUrl;

/**
 * The mail certification sends, queued in the outbox within the transaction of the change it tells
 * about. Mail never carries a coordinator's reason for a status change: that record is for
 * coordinators only.
 */
@ApplicationScoped
class CertificationMail {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  @Inject private Outbox outbox;
  @Inject private AccountService accounts;
  @Inject private BaseUrl baseUrl;
  @Inject private CertificationPolicy policy;

  void applicationDecided(CertificationApplication application, Certificate issued) {
    send(
        application.applicantId(),
        issued != null
            ? "Your " + credential(application.credential()) + " application is approved"
            : "Your " + credential(application.credential()) + " application was not approved",
        issued != null
            ? "Your application for the "
                + credential(application.credential())
                + " credential is approved. Your certificate "
                + issued.number()
                + " expires on "
                + date(issued.expiresOn())
                + ".\n\nDownload it from My certificates:\n"
                + baseUrl.link("/certification/certificates.xhtml")
                + comment(application)
            : "Your application for the "
                + credential(application.credential())
                + " credential was not approved this time."
                + comment(application)
                + "\n\nYou can appeal within "
                + policy.appealPeriod().toDays()
                + " days: "
                + baseUrl.link("/certification/index.xhtml"));
  }

  private static String comment(CertificationApplication application) {
    return application.decisionComment().map(c -> "\n\nYour coordinator wrote:\n" + c).orElse("");
  }

  void statusChanged(Certificate c, CertificateStatus to, boolean byCoordinator) {
    String what =
        switch (to) {
          case ACTIVE -> "is active again.";
          case INACTIVE ->
              byCoordinator
                  ? "has been set inactive by your coordinator."
                  : "is on leave (inactive) as you asked. You can end the leave at any time.";
          case SUSPENDED ->
              "is suspended while your coordinator reviews it. You cannot lead meetings in"
                  + " the meantime.";
          case REVOKED -> "has been revoked. You can no longer lead meetings with it.";
          case EXPIRED -> "has expired.";
        };
    String appeal =
        to == CertificateStatus.SUSPENDED || to == CertificateStatus.REVOKED
            ? "\n\nYour coordinator will talk with you about it. You can appeal within "
                + policy.appealPeriod().toDays()
                + " days: "
                + baseUrl.link("/certification/certificates.xhtml")
            : "";
    send(
        c.holderId(),
        "Your " + credential(c.credential()) + " certificate " + c.number() + " " + word(to),
        "Your " + credential(c.credential()) + " certificate " + c.number() + " " + what + appeal);
  }

  void nameCorrected(Certificate c) {
    send(
        c.holderId(),
        "The name on your " + credential(c.credential()) + " certificate was corrected",
        "The name shown on your "
            + credential(c.credential())
            + " certificate "
            + c.number()
            + " was corrected to: "
            + c.displayName()
            + "\n\nThe certificate and its verification page now show this name. If it is not"
            + " right, please tell your coordinator.");
  }

  void reminder(Certificate c, long daysLeft) {
    send(
        c.holderId(),
        "Your " + credential(c.credential()) + " certificate expires in " + daysLeft + " days",
        "Your "
            + credential(c.credential())
            + " certificate "
            + c.number()
            + " expires on "
            + date(c.expiresOn())
            + ".\n\nTo renew it: pass the renewal refresher course, re-accept the agreements"
            + " and confirm your activity as a facilitator or host. Start here:\n"
            + baseUrl.link("/certification/certificates.xhtml"));
  }

  void expired(Certificate c) {
    send(
        c.holderId(),
        "Your " + credential(c.credential()) + " certificate has expired",
        "Your "
            + credential(c.credential())
            + " certificate "
            + c.number()
            + " expired on "
            + date(c.expiresOn())
            + ". You can keep leading the meetings you lead now until "
            + date(c.graceEndsOn(policy.graceDays()))
            + ", but you cannot be given new ones. Renew before then:\n"
            + baseUrl.link("/certification/certificates.xhtml"));
  }

  void graceEnded(Certificate c) {
    send(
        c.holderId(),
        "Your " + credential(c.credential()) + " certificate has lapsed",
        "The grace period after your "
            + credential(c.credential())
            + " certificate "
            + c.number()
            + " expired has ended. You can no longer lead meetings with it. Your"
            + " coordinator can tell you how to become certified again.");
  }

  void renewed(Certificate c) {
    send(
        c.holderId(),
        "Your " + credential(c.credential()) + " certificate is renewed",
        "Your "
            + credential(c.credential())
            + " certificate "
            + c.number()
            + " is renewed and now expires on "
            + date(c.expiresOn())
            + ".");
  }

  void appealDecided(Appeal appeal) {
    boolean upheld = appeal.status() == Appeal.Status.UPHELD;
    send(
        appeal.appellantId(),
        upheld ? "Your appeal is upheld" : "Your appeal was not upheld",
        (upheld
                ? "Your appeal was reviewed and upheld."
                : "Your appeal was reviewed and not upheld.")
            + appeal.decisionComment().map(c -> "\n\nThe reviewer wrote:\n" + c).orElse("")
            + "\n\n"
            + baseUrl.link("/certification/index.xhtml"));
  }

  void imported(String email, String displayName, Certificate c, boolean newAccount) {
    outbox.queue(
        email,
        "Your " + credential(c.credential()) + " certificate is now on Facilitator Academy",
        "Hello "
            + displayName
            + ",\n\nYour "
            + credential(c.credential())
            + " certificate has been recorded on Facilitator Academy as "
            + c.number()
            + ", expiring on "
            + date(c.expiresOn())
            + "."
            + (newAccount
                ? "\n\nAn account was opened for you with this email address. To sign in, choose"
                    + " a password here:\n"
                    + baseUrl.link("/forgot-password.xhtml")
                : "")
            + "\n");
  }

  /** To the person's current address; a closed account gets no mail. */
  private void send(String accountId, String subject, String body) {
    accounts
        .find(accountId)
        .ifPresent(
            (AccountView a) ->
                outbox.queue(
                    a.email(), subject, "Hello " + a.displayName() + ",\n\n" + body + "\n"));
  }

  static String credential(CredentialType credential) {
    return credential == CredentialType.FACILITATOR ? "facilitator" : "host";
  }

  private static String word(CertificateStatus status) {
    return switch (status) {
      case ACTIVE -> "is active";
      case INACTIVE -> "is inactive";
      case SUSPENDED -> "is suspended";
      case REVOKED -> "is revoked";
      case EXPIRED -> "has expired";
    };
  }

  static String date(LocalDate date) {
    return DATE.format(date);
  }
}
