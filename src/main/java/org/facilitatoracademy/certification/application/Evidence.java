package org.facilitatoracademy.certification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.facilitatoracademy.catalog.application.Learning;
import org.facilitatoracademy.catalog.domain.Course;
import org.facilitatoracademy.catalog.domain.CourseProgress;
import org.facilitatoracademy.certification.domain.Agreement;
import org.facilitatoracademy.certification.domain.AgreementAcceptance;
import org.facilitatoracademy.certification.domain.AgreementRepository;
import org.facilitatoracademy.certification.domain.Certificate;
import org.facilitatoracademy.certification.domain.CredentialRequirements;
import org.facilitatoracademy.certification.domain.CredentialType;
import org.facilitatoracademy.certification.domain.LearningState;
import org.facilitatoracademy.certification.domain.PassedQuiz;
import org.facilitatoracademy.certification.domain.PassedQuizRepository;
import org.facilitatoracademy.certification.domain.PracticumRecord;
import org.facilitatoracademy.certification.domain.PracticumRepository;
import org.facilitatoracademy.certification.domain.RenewalCheck;
import org.facilitatoracademy.certification.domain.RequirementCheck;

/**
 * Gathers what a person has done — course progress from the catalog, practicum, agreements, passed
 * exams — and puts it to the requirement rules. Used within the services' transactions, on behalf
 * of a signed-in caller (the catalog answers progress questions for signed-in people only).
 */
@ApplicationScoped
class Evidence {

  @Inject private Learning learning;
  @Inject private PracticumRepository practicum;
  @Inject private AgreementRepository agreements;
  @Inject private AgreementTexts texts;
  @Inject private PassedQuizRepository passedQuizzes;
  @Inject private CertificationPolicy policy;

  RequirementCheck check(String accountId, CredentialType credential) {
    CredentialRequirements requirements = policy.requirements(credential);
    return RequirementCheck.evaluate(
        requirements,
        learning(accountId, requirements.courseId()),
        PracticumRecord.of(practicum.of(accountId)),
        accepted(accountId, Instant.EPOCH));
  }

  LearningState learning(String accountId, String courseId) {
    Optional<Course> course = learning.findCourse(courseId);
    String title = course.map(Course::title).orElse(courseId);
    Optional<String> exam = course.flatMap(Course::examQuizId);
    Optional<CourseProgress> progress = learning.progressOf(accountId, courseId);
    if (progress.isEmpty()) {
      return LearningState.notEnrolled(courseId, title, exam);
    }
    List<LearningState.Module> unfinished =
        progress.get().modules().stream()
            .filter(m -> !m.finished())
            .map(m -> new LearningState.Module(m.module().id(), m.module().title()))
            .toList();
    return new LearningState(courseId, title, true, unfinished, exam, progress.get().examPassed());
  }

  Optional<CourseProgress> progress(String accountId, String courseId) {
    return learning.progressOf(accountId, courseId);
  }

  Optional<Course> course(String courseId) {
    return learning.findCourse(courseId);
  }

  /**
   * The agreements the person accepted at or after the moment, in the version of the text now live;
   * an acceptance of an older text counts as missing.
   */
  Set<Agreement> accepted(String accountId, Instant since) {
    Set<Agreement> accepted = EnumSet.noneOf(Agreement.class);
    for (AgreementAcceptance a : agreements.of(accountId)) {
      boolean current = texts.currentVersion(a.agreement()).filter(a::isOf).isPresent();
      if (current && !a.acceptedAt().isBefore(since)) {
        accepted.add(a.agreement());
      }
    }
    return accepted;
  }

  /** Each agreement the organisation asks for, with the date the person last accepted it. */
  List<Agreements.AgreementStatus> agreementStatus(String accountId) {
    List<AgreementAcceptance> all = agreements.of(accountId);
    return policy.agreements().stream()
        .map(
            agreement -> {
              Optional<AgreementAcceptance> last =
                  all.stream().filter(a -> a.agreement() == agreement).findFirst();
              return new Agreements.AgreementStatus(
                  agreement.code(),
                  last.map(AgreementAcceptance::acceptedAt).orElse(null),
                  last.flatMap(AgreementAcceptance::version).orElse(null),
                  texts.currentVersion(agreement).orElse(null));
            })
        .toList();
  }

  List<PassedQuiz> passedQuizzes(String accountId, String courseId) {
    return passedQuizzes.of(accountId, courseId);
  }

  /** The most recent pass of the course's exam, if the course has one and it was passed. */
  Optional<PassedQuiz> examPass(String accountId, String courseId) {
    Optional<String> exam = course(courseId).flatMap(Course::examQuizId);
    return exam.flatMap(
        id ->
            passedQuizzes.of(accountId, courseId).stream()
                .filter(p -> p.quizId().equals(id))
                .reduce((first, second) -> second));
  }

  RequirementCheck renewal(Certificate certificate, LocalDate today, boolean attested) {
    String refresher = policy.renewalCourse();
    Instant periodStart = certificate.periodStartedAt();
    Instant windowOpened =
        RenewalCheck.windowOpensOn(certificate, policy.renewalWindowDays())
            .atStartOfDay(ZoneOffset.UTC)
            .toInstant();
    return RenewalCheck.evaluate(
        certificate,
        today,
        policy.renewalWindowDays(),
        refresher,
        course(refresher).map(Course::title).orElse(refresher),
        refresherPassedSince(certificate.holderId(), refresher, periodStart),
        attested,
        policy.agreements(),
        accepted(certificate.holderId(), windowOpened));
  }

  /**
   * The refresher counts when its exam was passed since the period began; a refresher course
   * without an exam counts when a round of it begun since then is finished.
   */
  private boolean refresherPassedSince(String accountId, String courseId, Instant since) {
    Optional<String> exam = course(courseId).flatMap(Course::examQuizId);
    if (exam.isPresent()) {
      return passedQuizzes.of(accountId, courseId).stream()
          .anyMatch(p -> p.quizId().equals(exam.get()) && !p.passedAt().isBefore(since));
    }
    return learning
        .progressOf(accountId, courseId)
        .filter(p -> !p.round().startedAt().isBefore(since))
        .map(CourseProgress::finished)
        .orElse(false);
  }
}
