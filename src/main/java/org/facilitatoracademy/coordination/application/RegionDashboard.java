package org.facilitatoracademy.coordination.application;

import java.util.List;
import org.facilitatoracademy.assessment.application.QuizPassRates.PassRate;
import org.facilitatoracademy.certification.application.RegionCertification.WaitingApplication;
import org.facilitatoracademy.facilitation.application.MeetingRisk;

/**
 * A region at a glance, as its coordinator's workspace shows it.
 *
 * @param region the region's code, or null for every region (administrators)
 * @param regionName its name as people know it
 */
public record RegionDashboard(
    String region,
    String regionName,
    Funnel funnel,
    List<QuizFigure> quizzes,
    Expiring expiring,
    List<MeetingRisk> meetingsAtRisk,
    List<WaitingApplication> applicationsWaiting) {

  /** How many people of the region reached each stage. */
  public record Funnel(
      int enrolled,
      int modulesDone,
      int examPassed,
      int practicumDone,
      int applied,
      int certified) {

    public int count(Stage stage) {
      return switch (stage) {
        case ENROLLED -> enrolled;
        case MODULES_DONE -> modulesDone;
        case EXAM_PASSED -> examPassed;
        case PRACTICUM_DONE -> practicumDone;
        case APPLIED -> applied;
        case CERTIFIED -> certified;
      };
    }

    /** The widest bar's figure, so the chart scales to the region. */
    public int largest() {
      return Math.max(
          1,
          Math.max(
              Math.max(enrolled, modulesDone),
              Math.max(Math.max(examPassed, practicumDone), Math.max(applied, certified))));
    }
  }

  /** One quiz's graded attempts in the region and the share that passed. */
  public record QuizFigure(String quizId, String title, PassRate rate) {}

  /** Active certificates of the region that expire within 30, 60 and 90 days. */
  public record Expiring(long within30, long within60, long within90) {}
}
