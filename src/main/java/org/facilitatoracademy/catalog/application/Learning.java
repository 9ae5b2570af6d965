package org.facilitatoracademy.catalog.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.facilitatoracademy.audit.application.AuditLog;
import org.facilitatoracademy.catalog.domain.ContentSnapshot;
import org.facilitatoracademy.catalog.domain.Course;
import org.facilitatoracademy.catalog.domain.CourseModule;
import org.facilitatoracademy.catalog.domain.CourseProgress;
import org.facilitatoracademy.catalog.domain.Enrollment;
import org.facilitatoracademy.catalog.domain.EnrollmentRepository;
import org.facilitatoracademy.catalog.domain.Lesson;
import org.facilitatoracademy.catalog.domain.LessonDocument;
import org.facilitatoracademy.identity.application.AccountService;
import org.facilitatoracademy.platform.errors.BusinessException;

/** Enrolling, reading lessons in order, and progress. */
@Stateless
public class Learning {

  @Inject private ContentCatalog content;
  @Inject private EnrollmentRepository enrollments;
  @Inject private LessonDocument documents;
  @Inject private AccountService accounts;
  @Inject private AuditLog audit;
  @Inject private Clock clock;
  @Resource private SessionContext session;

  @PermitAll
  public List<Course> courses() {
    return content.snapshot().courses();
  }

  @PermitAll
  public Optional<Course> findCourse(String courseId) {
    return content.snapshot().findCourse(courseId);
  }

  /** The title of a quiz of the loaded content, for pages that know quizzes by id. */
  @PermitAll
  public Optional<String> quizTitle(String quizId) {
    return content.snapshot().findQuiz(quizId).map(q -> q.title());
  }

  /** Returns true when a new enrollment was made, false when the person was already enrolled. */
  @RolesAllowed("TRAINEE")
  public boolean enroll(String courseId) {
    Course course =
        content
            .snapshot()
            .findCourse(courseId)
            .orElseThrow(() -> BusinessException.notFound("The course"));
    String me = caller();
    if (enrollments.find(me, courseId).isPresent()) {
      return false;
    }
    if (!accounts.me().emailConfirmed()) {
      throw new BusinessException(
          BusinessException.Kind.RULE,
          "email-unconfirmed",
          "Confirm your email address first: follow the link we mailed you.",
          List.of("email-confirmation"));
    }
    enrollments.store(new Enrollment(me, courseId, course.contentVersion(), Instant.now(clock)));
    audit.record(me, "course.enrolled", courseId, course.contentVersion());
    return true;
  }

  /**
   * Starts a finished repeatable course again (the refresher, in each validity period). Returns the
   * new round's number.
   */
  @RolesAllowed("TRAINEE")
  public int startAgain(String courseId) {
    ContentSnapshot snapshot = content.snapshot();
    Course course =
        snapshot.findCourse(courseId).orElseThrow(() -> BusinessException.notFound("The course"));
    String me = caller();
    Enrollment current =
        enrollments
            .find(me, courseId)
            .orElseThrow(
                () ->
                    new BusinessException(
                        BusinessException.Kind.RULE,
                        "not-enrolled",
                        "Enrol in the course first.",
                        List.of("enrollment")));
    if (!course.isRepeatable()) {
      throw new BusinessException(
          BusinessException.Kind.RULE,
          "course-not-repeatable",
          "This course leads to a credential and is taken once; what you did in it is kept.",
          List.of("course-not-repeatable"));
    }
    CourseProgress progress = progressOf(snapshot, current);
    if (!progress.finished()) {
      throw new BusinessException(
          BusinessException.Kind.RULE,
          "course-unfinished",
          "Finish this round of the course before starting it again.",
          List.of("course-unfinished"));
    }
    Enrollment next = enrollments.store(current.nextRound(course, progress, Instant.now(clock)));
    audit.record(me, "course.restarted", courseId, "round " + next.round());
    return next.round();
  }

  @RolesAllowed("TRAINEE")
  public boolean isEnrolled(String courseId) {
    return enrollments.find(caller(), courseId).isPresent();
  }

  /** Progress in every course the signed-in person is enrolled in, most recent first. */
  @RolesAllowed("TRAINEE")
  public List<CourseProgress> progress() {
    ContentSnapshot snapshot = content.snapshot();
    return enrollments.of(caller()).stream()
        .filter(e -> snapshot.findCourse(e.courseId()).isPresent())
        .map(e -> progressOf(snapshot, e))
        .toList();
  }

  @RolesAllowed("TRAINEE")
  public Optional<CourseProgress> progress(String courseId) {
    ContentSnapshot snapshot = content.snapshot();
    return enrollments
        .find(caller(), courseId)
        .filter(e -> snapshot.findCourse(courseId).isPresent())
        .map(e -> progressOf(snapshot, e));
  }

  /**
   * Opens a lesson for reading. Which course it is read in matters (progress is per course);
   * without one, the person's most recently used course that has the lesson is taken.
   */
  @RolesAllowed("TRAINEE")
  public LessonView read(String lessonId, String courseId) {
    Placement placement = place(lessonId, courseId, Purpose.READ);
    placement.enrollment().visit(lessonId, Instant.now(clock));
    return placement.view();
  }

  /** Marks a lesson as done; refused while an earlier module of the course is unfinished. */
  @RolesAllowed("TRAINEE")
  public LessonView complete(String lessonId, String courseId) {
    Placement placement = place(lessonId, courseId, Purpose.COMPLETE);
    Lesson lesson = placement.view().lesson();
    boolean added =
        placement
            .enrollment()
            .complete(lesson.moduleId(), lesson.id(), lesson.contentVersion(), Instant.now(clock));
    if (added) {
      audit.record(caller(), "lesson.completed", lesson.id(), placement.enrollment().courseId());
    }
    return place(lessonId, placement.enrollment().courseId(), Purpose.COMPLETE).view();
  }

  /**
   * A printable lesson (the crisis card) as a one-page PDF, on the same terms as reading it: the
   * person is enrolled in a course that has it. Other lessons have no PDF.
   */
  @RolesAllowed("TRAINEE")
  public PrintedLesson print(String lessonId, String courseId) {
    Lesson lesson = place(lessonId, courseId, Purpose.READ).view().lesson();
    if (!lesson.printable()) {
      throw BusinessException.notFound("A printable version of the lesson");
    }
    return new PrintedLesson(lesson.id(), documents.render(lesson));
  }

  /** A lesson's PDF and the id to name its file by. */
  public record PrintedLesson(String lessonId, byte[] pdf) {}

  private record Placement(Enrollment enrollment, LessonView view) {}

  /**
   * Why a lesson is opened. A printable lesson is a reference card (the crisis card), linked from
   * modules that come before its own: anyone enrolled may read or print it at any point of the
   * course, but it is completed in order like every other lesson.
   */
  private enum Purpose {
    READ,
    COMPLETE
  }

  private Placement place(String lessonId, String courseId, Purpose purpose) {
    ContentSnapshot snapshot = content.snapshot();
    Lesson lesson =
        snapshot.findLesson(lessonId).orElseThrow(() -> BusinessException.notFound("The lesson"));
    Enrollment enrollment =
        (courseId == null || courseId.isBlank()
                ? enrollments.of(caller()).stream()
                    .filter(
                        e ->
                            snapshot
                                .findCourse(e.courseId())
                                .map(c -> c.moduleIds().contains(lesson.moduleId()))
                                .orElse(false))
                    .findFirst()
                : enrollments
                    .find(caller(), courseId)
                    .filter(
                        e ->
                            snapshot
                                .findCourse(courseId)
                                .map(c -> c.moduleIds().contains(lesson.moduleId()))
                                .orElse(false)))
            .orElseThrow(
                () ->
                    new BusinessException(
                        BusinessException.Kind.FORBIDDEN,
                        "not-enrolled",
                        "Enrol in a course that has this lesson first."));
    CourseProgress progress = progressOf(snapshot, enrollment);
    CourseProgress.ModuleProgress module = progress.moduleOf(lessonId).orElseThrow();
    boolean reference = lesson.printable() && purpose == Purpose.READ;
    if (!module.open() && !reference) {
      CourseProgress.ModuleProgress blocker = progress.blockerOf(module).orElseThrow();
      throw new BusinessException(
          BusinessException.Kind.RULE,
          "module-locked",
          "Finish the module \"" + blocker.module().title() + "\" first.",
          List.of("module:" + blocker.module().id()));
    }
    List<Lesson> ordered = progress.lessonsInOrder();
    int index = ordered.indexOf(lesson);
    return new Placement(
        enrollment,
        new LessonView(
            progress.course(),
            module.module(),
            lesson,
            index + 1,
            ordered.size(),
            index > 0 ? Optional.of(ordered.get(index - 1)) : Optional.empty(),
            index + 1 < ordered.size() ? Optional.of(ordered.get(index + 1)) : Optional.empty(),
            enrollment.hasCompleted(lessonId)));
  }

  static CourseProgress progressOf(ContentSnapshot snapshot, Enrollment enrollment) {
    Course course = snapshot.getCourse(enrollment.courseId());
    List<CourseModule> modules = snapshot.modulesOf(course);
    Map<String, String> quizzes = new HashMap<>();
    for (CourseModule module : modules) {
      snapshot.findModuleQuiz(module.id()).ifPresent(q -> quizzes.put(module.id(), q.id()));
    }
    return CourseProgress.of(
        course,
        modules,
        quizzes,
        enrollment.completedLessonIds(),
        enrollment.passedQuizIds(),
        new CourseProgress.Round(enrollment.round(), enrollment.enrolledAt()));
  }

  /**
   * Another context asks how far someone is in a course (certification requirements, quiz
   * eligibility). Empty when the person is not enrolled.
   */
  @RolesAllowed("TRAINEE")
  public Optional<CourseProgress> progressOf(String accountId, String courseId) {
    ContentSnapshot snapshot = content.snapshot();
    return enrollments
        .find(accountId, courseId)
        .filter(e -> snapshot.findCourse(courseId).isPresent())
        .map(e -> progressOf(snapshot, e));
  }

  /**
   * How far each of these people is in every course they are enrolled in (their current rounds),
   * for a coordinator's figures and exports; people enrolled in nothing are absent.
   */
  @RolesAllowed({"COORDINATOR", "ADMIN"})
  public Map<String, List<CourseProgress>> progressOfEach(Collection<String> accountIds) {
    ContentSnapshot snapshot = content.snapshot();
    Map<String, List<CourseProgress>> out = new LinkedHashMap<>();
    for (String accountId : accountIds) {
      List<CourseProgress> courses =
          enrollments.of(accountId).stream()
              .filter(e -> snapshot.findCourse(e.courseId()).isPresent())
              .map(e -> progressOf(snapshot, e))
              .toList();
      if (!courses.isEmpty()) {
        out.put(accountId, courses);
      }
    }
    return out;
  }

  /**
   * Demo data only: enrols an account and marks lessons done, without a signed-in caller (demo
   * records are made at start-up). Idempotent, like every demo seeding.
   */
  @PermitAll
  public void seedProgress(String accountId, String courseId, List<String> lessonIds) {
    ContentSnapshot snapshot = content.snapshot();
    Course course = snapshot.getCourse(courseId);
    Instant now = Instant.now(clock);
    Enrollment enrollment =
        enrollments
            .find(accountId, courseId)
            .orElseGet(
                () ->
                    enrollments.store(
                        new Enrollment(accountId, courseId, course.contentVersion(), now)));
    for (String lessonId : lessonIds) {
      Lesson lesson = snapshot.getLesson(lessonId);
      enrollment.complete(lesson.moduleId(), lesson.id(), lesson.contentVersion(), now);
    }
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}
