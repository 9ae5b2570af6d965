package org.facilitatoracademy.assessment.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.facilitatoracademy.assessment.application.AttemptService;
import org.facilitatoracademy.assessment.application.QuizOverview;
import org.facilitatoracademy.catalog.application.ContentCatalog;
import org.facilitatoracademy.catalog.domain.CourseModule;
import org.facilitatoracademy.platform.errors.BusinessException;
import org.facilitatoracademy.platform.web.PageMessages;

/** A quiz's page before an attempt: rules, what is left to do, attempts left, a lock, history. */
@Named
@ViewScoped
public class QuizBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AttemptService attempts;
  @Inject private ContentCatalog content;
  @Inject private PageMessages messages;

  private String quizId;
  private String courseId;
  private transient QuizOverview overview;
  private boolean loadRefused;

  public void load() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      overview = attempts.overview(quizId, courseId);
    } catch (BusinessException e) {
      loadRefused = true;
      if (e.kind() == BusinessException.Kind.FORBIDDEN) {
        messages.error(null, "quiz.notEnrolled");
        return;
      }
      faces.getExternalContext().responseSendError(404, "No such quiz");
      faces.responseComplete();
    }
  }

  /** Starts an attempt (or continues the open one) and opens it. */
  public String start() {
    try {
      AttemptService.Started started = attempts.start(quizId, courseId);
      return "/assessment/attempt.xhtml?faces-redirect=true&attempt="
          + started.attempt().attemptId();
    } catch (BusinessException e) {
      messages.refusal(null, e);
      return "/assessment/quiz.xhtml?faces-redirect=true&quiz="
          + quizId
          + (courseId == null ? "" : "&course=" + courseId);
    }
  }

  /** The prerequisites still open, in words. */
  public List<String> getUnmet() {
    if (getOverview() == null) {
      return List.of();
    }
    return overview.unmet().stream().map(this::describe).toList();
  }

  private String describe(String unmet) {
    String moduleId = unmet.substring(unmet.indexOf(':') + 1);
    String title =
        content.snapshot().findModule(moduleId).map(CourseModule::title).orElse(moduleId);
    return messages.text(
        unmet.startsWith("lessons:") ? "quiz.unmet.lessons" : "quiz.unmet.module", title);
  }

  public String getQuizId() {
    return quizId;
  }

  public void setQuizId(String quizId) {
    this.quizId = quizId;
  }

  public String getCourseId() {
    return courseId;
  }

  public void setCourseId(String courseId) {
    this.courseId = courseId == null || courseId.isBlank() ? null : courseId;
  }

  /** Read again when the view comes back from another node of a cluster. */
  public QuizOverview getOverview() {
    if (overview == null && quizId != null && !loadRefused) {
      try {
        overview = attempts.overview(quizId, courseId);
      } catch (BusinessException e) {
        loadRefused = true;
      }
    }
    return overview;
  }
}
