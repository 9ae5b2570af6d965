package org.facilitatoracademy.certification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.facilitatoracademy.certification.domain.AgreementRepository;
import org.facilitatoracademy.certification.domain.Appeal;
import org.facilitatoracademy.certification.domain.AppealRepository;
import org.facilitatoracademy.certification.domain.ApplicationRepository;
import org.facilitatoracademy.certification.domain.Certificate;
import org.facilitatoracademy.certification.domain.CertificateRepository;
import org.facilitatoracademy.certification.domain.CertificationApplication;
import org.facilitatoracademy.certification.domain.CompetencyChecklist;
import org.facilitatoracademy.certification.domain.PracticumEntry;
import org.facilitatoracademy.certification.domain.PracticumRepository;
import org.facilitatoracademy.certification.domain.VerificationCode;
import org.facilitatoracademy.identity.application.PersonalData;

/**
 * The person's part of certification in their data export: what they agreed to and when, their
 * practicum as signed, their applications, certificates and appeals. Reasons recorded for
 * coordinators only are not theirs to read and stay out, as does anything about other people.
 */
@ApplicationScoped
public class CertificationRecords implements PersonalData {

  @Inject private AgreementRepository agreements;
  @Inject private PracticumRepository practicum;
  @Inject private ApplicationRepository applications;
  @Inject private CertificateRepository certificates;
  @Inject private AppealRepository appeals;
  @Inject private Clock clock;

  /** The whole section. */
  public record CertificationRecord(
      List<AgreementRecord> agreements,
      List<PracticumRecord> practicum,
      List<ApplicationRecord> applications,
      List<CertificateRecord> certificates,
      List<AppealRecord> appeals) {}

  /** One acceptance of an agreement (a yes with a date, and the version of the text accepted). */
  public record AgreementRecord(String agreement, String version, Instant acceptedAt) {}

  /**
   * One signed practicum entry; {@code competenciesShown} only for co-facilitated meetings, {@code
   * note} is what the signer wrote about the person's practice.
   */
  public record PracticumRecord(
      String id,
      String kind,
      LocalDate heldOn,
      List<String> competenciesShown,
      String note,
      Instant signedAt) {}

  /** One application with its outcome and the comment the applicant was given. */
  public record ApplicationRecord(
      String id,
      String credential,
      String status,
      Instant appliedAt,
      Instant decidedAt,
      String decisionComment,
      String certificateId) {}

  /** One certificate. */
  public record CertificateRecord(
      String id,
      String number,
      String code,
      String credential,
      String status,
      String displayName,
      LocalDate issuedOn,
      LocalDate expiresOn,
      boolean imported) {}

  /** One appeal the person made, with its outcome. */
  public record AppealRecord(
      String id,
      String subject,
      String subjectId,
      String text,
      Instant filedAt,
      String status,
      Instant decidedAt,
      String decisionComment) {}

  @Override
  public String section() {
    return "certification";
  }

  @Override
  public CertificationRecord of(String accountId) {
    LocalDate today = LocalDate.now(clock);
    return new CertificationRecord(
        agreements.of(accountId).stream()
            .map(
                a ->
                    new AgreementRecord(
                        a.agreement().code(), a.version().orElse(null), a.acceptedAt()))
            .toList(),
        practicum.of(accountId).stream().map(CertificationRecords::practicum).toList(),
        applications.ofApplicant(accountId).stream()
            .map(CertificationRecords::application)
            .toList(),
        certificates.ofHolder(accountId).stream().map(c -> certificate(c, today)).toList(),
        appeals.ofAppellant(accountId).stream().map(CertificationRecords::appeal).toList());
  }

  private static PracticumRecord practicum(PracticumEntry e) {
    return new PracticumRecord(
        e.publicId(),
        e.kind().name(),
        e.heldOn(),
        e.checklist().map(CertificationRecords::shown).orElse(null),
        e.note().orElse(null),
        e.signedAt());
  }

  private static List<String> shown(CompetencyChecklist checklist) {
    return Arrays.stream(CompetencyChecklist.Competency.values())
        .filter(checklist::shown)
        .map(Enum::name)
        .toList();
  }

  private static ApplicationRecord application(CertificationApplication a) {
    return new ApplicationRecord(
        a.publicId(),
        a.credential().name(),
        a.status().name(),
        a.appliedAt(),
        a.decidedAt().orElse(null),
        a.decisionComment().orElse(null),
        a.certificateId().orElse(null));
  }

  private static CertificateRecord certificate(Certificate c, LocalDate today) {
    return new CertificateRecord(
        c.publicId(),
        c.number(),
        VerificationCode.grouped(c.code()),
        c.credential().name(),
        c.statusOn(today).name(),
        c.displayName(),
        c.issuedOn(),
        c.expiresOn(),
        c.imported());
  }

  private static AppealRecord appeal(Appeal a) {
    return new AppealRecord(
        a.publicId(),
        a.subjectType().name(),
        a.subjectId(),
        a.text(),
        a.filedAt(),
        a.status().name(),
        a.decidedAt().orElse(null),
        a.decisionComment().orElse(null));
  }
}
