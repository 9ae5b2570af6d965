package org.facilitatoracademy.certification.application;

import java.time.Instant;
import java.util.List;
import org.facilitatoracademy.certification.domain.RequirementCheck;
import org.facilitatoracademy.identity.application.AccountView;

/**
 * Everything a coordinator weighs before deciding: the application, the requirement checklist as it
 * stands now, course progress module by module, quiz results, practicum and agreements.
 */
public record ApplicantRecord(
    ApplicationView application,
    AccountView applicant,
    RequirementCheck requirements,
    String courseTitle,
    List<ModuleLine> modules,
    List<QuizResult> quizzes,
    List<PracticumEntryView> practicum,
    List<Agreements.AgreementStatus> agreements) {

  /** One module of the course. */
  public record ModuleLine(
      String moduleId, String title, int lessonsDone, int lessonsTotal, boolean quizPassed) {}

  /** A passed quiz with its score and the content version it was drawn from. */
  public record QuizResult(
      String quizId, int scorePercent, Instant passedAt, String contentVersion) {}
}
