package org.facilitatoracademy.coordination.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.facilitatoracademy.assessment.application.QuizPassRates;
import org.facilitatoracademy.catalog.application.Learning;
import org.facilitatoracademy.catalog.domain.CourseProgress;
import org.facilitatoracademy.certification.application.CertificateFilter;
import org.facilitatoracademy.certification.application.CertificateView;
import org.facilitatoracademy.certification.application.Certificates;
import org.facilitatoracademy.certification.application.RegionCertification;
import org.facilitatoracademy.certification.domain.CertificateStatus;
import org.facilitatoracademy.coordination.application.RegionDashboard.Expiring;
import org.facilitatoracademy.coordination.application.RegionDashboard.Funnel;
import org.facilitatoracademy.coordination.application.RegionDashboard.QuizFigure;
import org.facilitatoracademy.facilitation.application.MeetingRisks;
import org.facilitatoracademy.identity.application.AccountService;
import org.facilitatoracademy.identity.application.AccountView;

/**
 * Composes a region's figures from the contexts that keep the facts. The region is checked here
 * first (a coordinator's own, any for an administrator, null for every region) and again by each
 * context asked.
 */
@Stateless
@RolesAllowed({"COORDINATOR", "ADMIN"})
public class RegionOverview {

  /** The look-aheads a coordinator plans renewals with. */
  static final int[] EXPIRY_WINDOWS = {30, 60, 90};

  @Inject private AccountService accounts;
  @Inject private Learning learning;
  @Inject private QuizPassRates passRates;
  @Inject private RegionCertification certification;
  @Inject private Certificates certificates;
  @Inject private MeetingRisks meetings;

  /** The region a request is about: the caller's own for a coordinator. */
  public Optional<String> region(String requested) {
    return accounts.overseenRegion(requested);
  }

  public RegionDashboard dashboard(String requested) {
    String region = region(requested).orElse(null);
    List<PersonInTraining> people = people(region);
    int[] counts = new int[Stage.values().length];
    for (PersonInTraining person : people) {
      person.reached().forEach(s -> counts[s.ordinal()]++);
    }
    Funnel funnel = new Funnel(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5]);
    List<QuizFigure> quizzes =
        passRates.of(people.stream().map(PersonInTraining::accountId).toList()).stream()
            .map(
                r ->
                    new QuizFigure(
                        r.quizId(), learning.quizTitle(r.quizId()).orElse(r.quizId()), r))
            .toList();
    Expiring expiring =
        new Expiring(
            expiringWithin(region, EXPIRY_WINDOWS[0]),
            expiringWithin(region, EXPIRY_WINDOWS[1]),
            expiringWithin(region, EXPIRY_WINDOWS[2]));
    return new RegionDashboard(
        region,
        region == null ? null : accounts.regionName(region),
        funnel,
        quizzes,
        expiring,
        meetings.inRegion(region),
        certification.waiting(region));
  }

  /** Everyone of the region with the stages they reached, by display name. */
  public List<PersonInTraining> people(String requested) {
    String region = region(requested).orElse(null);
    List<AccountView> members = accounts.membersOf(region);
    List<String> ids = members.stream().map(AccountView::id).toList();
    Map<String, List<CourseProgress>> progress = learning.progressOfEach(ids);
    Set<String> practicum = certification.practicumDone(ids);
    Set<String> applicants = certification.applicants(region);
    Set<String> certified = new HashSet<>();
    certificates
        .inRegion(
            region,
            new CertificateFilter(
                Optional.of(CertificateStatus.ACTIVE), Optional.empty(), Optional.empty()),
            0,
            Integer.MAX_VALUE)
        .stream()
        .map(CertificateView::holderId)
        .forEach(certified::add);
    return members.stream()
        .map(
            m -> {
              List<CourseProgress> courses = progress.getOrDefault(m.id(), List.of());
              Set<Stage> reached = EnumSet.noneOf(Stage.class);
              if (!courses.isEmpty()) {
                reached.add(Stage.ENROLLED);
              }
              if (courses.stream().anyMatch(CourseProgress::modulesFinished)) {
                reached.add(Stage.MODULES_DONE);
              }
              if (courses.stream().anyMatch(CourseProgress::examPassed)) {
                reached.add(Stage.EXAM_PASSED);
              }
              if (practicum.contains(m.id())) {
                reached.add(Stage.PRACTICUM_DONE);
              }
              if (applicants.contains(m.id())) {
                reached.add(Stage.APPLIED);
              }
              if (certified.contains(m.id())) {
                reached.add(Stage.CERTIFIED);
              }
              return new PersonInTraining(
                  m.id(),
                  m.displayName(),
                  m.region(),
                  reached,
                  courses.stream().map(RegionOverview::line).toList());
            })
        .toList();
  }

  private long expiringWithin(String region, int days) {
    return certificates.countInRegion(
        region,
        new CertificateFilter(
            Optional.of(CertificateStatus.ACTIVE), Optional.of(days), Optional.empty()));
  }

  private static PersonInTraining.CourseLine line(CourseProgress p) {
    int done = (int) p.modules().stream().filter(CourseProgress.ModuleProgress::finished).count();
    return new PersonInTraining.CourseLine(
        p.course().id(), p.course().title(), p.percent(), done, p.modules().size(), p.examPassed());
  }
}
