package org.facilitatoracademy.catalog.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.facilitatoracademy.catalog.application.ContentCatalog;
import org.facilitatoracademy.catalog.application.Learning;
import org.facilitatoracademy.catalog.domain.Course;
import org.facilitatoracademy.catalog.domain.CourseModule;
import org.facilitatoracademy.catalog.domain.CourseProgress;
import org.facilitatoracademy.platform.errors.BusinessException;
import org.facilitatoracademy.platform.web.PageMessages;

/** The catalog and a course's page: modules, lessons, progress, enrolling. */
@Named
@RequestScoped
public class CourseBacking {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  @Inject private Learning learning;
  @Inject private ContentCatalog content;
  @Inject private PageMessages messages;
  @Inject private FacesContext faces;

  private String courseId;
  private Course course;
  private CourseProgress progress;
  private boolean loaded;

  public List<Course> getCourses() {
    return learning.courses();
  }

  /** Runs when the course page opens; an unknown course shows the not-found page. */
  public void load() throws java.io.IOException {
    Optional<Course> found = courseId == null ? Optional.empty() : learning.findCourse(courseId);
    if (found.isEmpty()) {
      faces.getExternalContext().responseSendError(404, "No such course");
      faces.responseComplete();
      return;
    }
    course = found.get();
    if (isSignedIn()) {
      progress = learning.progress(courseId).orElse(null);
    }
    loaded = true;
  }

  public String enroll() {
    try {
      learning.enroll(courseId);
      messages.info(
          "catalog.enrolled", learning.findCourse(courseId).map(Course::title).orElse(courseId));
    } catch (BusinessException e) {
      messages.refusal(null, e);
    }
    return "/catalog/course.xhtml?faces-redirect=true&id=" + courseId;
  }

  /** Opens a new round of a finished repeatable course: the refresher, in a new validity period. */
  public String startAgain() {
    try {
      int round = learning.startAgain(courseId);
      messages.info(
          "catalog.round.started",
          learning.findCourse(courseId).map(Course::title).orElse(courseId),
          round);
    } catch (BusinessException e) {
      messages.refusal(null, e);
    }
    return "/catalog/course.xhtml?faces-redirect=true&id=" + courseId;
  }

  /** A finished course that leads to no credential of its own can be taken again. */
  public boolean isRepeatable() {
    return progress != null && course.isRepeatable() && progress.finished();
  }

  /** The day the current round began, shown once a course has been started again. */
  public String getRoundStartedOn() {
    return progress == null ? "" : DAY.format(progress.round().startedAt());
  }

  public boolean isSignedIn() {
    return faces.getExternalContext().getUserPrincipal() != null;
  }

  /** Empty on a post back, where the page is not loaded again before the action runs. */
  public List<CourseModule> getModules() {
    return course == null ? List.of() : content.snapshot().modulesOf(course);
  }

  /** Progress of one module, when enrolled. */
  public CourseProgress.ModuleProgress moduleProgress(String moduleId) {
    return progress == null ? null : progress.module(moduleId).orElse(null);
  }

  public boolean completed(String lessonId) {
    return progress != null && progress.isCompleted(lessonId);
  }

  public String getCourseId() {
    return courseId;
  }

  public void setCourseId(String courseId) {
    this.courseId = courseId;
  }

  public Course getCourse() {
    return course;
  }

  public CourseProgress getProgress() {
    return progress;
  }

  public boolean isEnrolled() {
    return progress != null;
  }

  public boolean isLoaded() {
    return loaded;
  }
}
