package org.facilitatoracademy.catalog.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.facilitatoracademy.catalog.domain.ContentSnapshot;
import org.facilitatoracademy.catalog.domain.Course;
import org.facilitatoracademy.catalog.domain.Enrollment;
import org.facilitatoracademy.catalog.domain.EnrollmentRepository;
import org.facilitatoracademy.catalog.domain.Lesson;
import org.facilitatoracademy.identity.application.AccountService;
import org.facilitatoracademy.platform.startup.DemoAccountsReady;

/** The demo trainee has started the facilitator course: two lessons read, progress to see. */
@ApplicationScoped
public class CatalogDemoData {

  private static final String DEMO_TRAINEE = "trainee@demo.academy";
  private static final String COURSE = "facilitator";

  @Inject private AccountService accounts;
  @Inject private ContentCatalog content;
  @Inject private EnrollmentRepository enrollments;
  @Inject private Clock clock;

  void seed(@Observes DemoAccountsReady ready) {
    ContentSnapshot snapshot = content.snapshot();
    Course course = snapshot.findCourse(COURSE).orElse(null);
    if (course == null) {
      return;
    }
    accounts
        .findByEmail(DEMO_TRAINEE)
        .filter(trainee -> enrollments.find(trainee.id(), COURSE).isEmpty())
        .ifPresent(
            trainee -> {
              Instant now = Instant.now(clock);
              Enrollment enrollment =
                  enrollments.store(
                      new Enrollment(trainee.id(), COURSE, course.contentVersion(), now));
              snapshot.modulesOf(course).get(0).lessons().stream()
                  .limit(2)
                  .forEach(
                      (Lesson l) ->
                          enrollment.complete(l.moduleId(), l.id(), l.contentVersion(), now));
            });
  }
}
