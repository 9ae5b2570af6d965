package org.facilitatoracademy.catalog.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.facilitatoracademy.catalog.application.Learning;
import org.facilitatoracademy.catalog.application.LessonView;
import org.facilitatoracademy.platform.errors.BusinessException;
import org.facilitatoracademy.platform.web.PageMessages;

/** Reading a lesson within a course, marking it done, moving to the next. */
@Named
@RequestScoped
public class LessonBacking {

  @Inject private Learning learning;
  @Inject private PageMessages messages;

  private String courseId;
  private String lessonId;
  private LessonView view;

  /**
   * Runs when the page opens: a refusal (not enrolled, module still closed) is shown, not thrown.
   */
  public void load() {
    try {
      view = learning.read(lessonId, courseId);
      courseId = view.course().id();
    } catch (BusinessException e) {
      messages.refusal(null, e);
    }
  }

  public String complete() {
    try {
      view = learning.complete(lessonId, courseId);
      messages.info("lesson.markedDone");
      return view.next()
          .map(
              next ->
                  "/catalog/lesson.xhtml?faces-redirect=true&course="
                      + courseId
                      + "&id="
                      + next.id())
          .orElse("/catalog/course.xhtml?faces-redirect=true&id=" + courseId);
    } catch (BusinessException e) {
      messages.refusal(null, e);
      return null;
    }
  }

  public LessonView getView() {
    return view;
  }

  public String getCourseId() {
    return courseId;
  }

  public void setCourseId(String courseId) {
    this.courseId = courseId;
  }

  public String getLessonId() {
    return lessonId;
  }

  public void setLessonId(String lessonId) {
    this.lessonId = lessonId;
  }
}
