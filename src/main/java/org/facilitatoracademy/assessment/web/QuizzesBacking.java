package org.facilitatoracademy.assessment.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.facilitatoracademy.assessment.application.AttemptService;
import org.facilitatoracademy.assessment.application.QuizOverview;
import org.facilitatoracademy.assessment.domain.Eligibility;
import org.facilitatoracademy.platform.web.PageMessages;

/** A person's quizzes in every course they are enrolled in, and the card on the home page. */
@Named
@RequestScoped
public class QuizzesBacking {

  private static final int ON_HOME_PAGE = 3;

  @Inject private AttemptService attempts;
  @Inject private PageMessages messages;
  @Inject private AssessmentFormat format;

  private List<QuizOverview> quizzes;

  public List<QuizOverview> getQuizzes() {
    if (quizzes == null) {
      quizzes = attempts.myQuizzes();
    }
    return quizzes;
  }

  /** Course title to its quizzes, in course order. */
  public Map<String, List<QuizOverview>> getByCourse() {
    Map<String, List<QuizOverview>> byCourse = new LinkedHashMap<>();
    for (QuizOverview q : getQuizzes()) {
      byCourse.computeIfAbsent(q.courseTitle(), k -> new java.util.ArrayList<>()).add(q);
    }
    return byCourse;
  }

  /** What the home page shows: attempts to continue, quizzes ready or locked, at most three. */
  public List<QuizOverview> getWaiting() {
    return getQuizzes().stream()
        .filter(q -> q.openAttemptId().isPresent() || (q.unmet().isEmpty() && !q.passed()))
        .limit(ON_HOME_PAGE)
        .toList();
  }

  /** One line on where the person stands in a quiz. */
  public String status(QuizOverview q) {
    if (q.openAttemptId().isPresent()) {
      return messages.text("status.inProgress");
    }
    Eligibility e = q.eligibility();
    return switch (e.verdict()) {
      case PASSED -> messages.text("status.passed", format.percent(q.bestScore().orElse(0.0)));
      case LOCKED -> messages.text("status.locked", format.whenPresent(e.until()));
      case TOO_SOON -> messages.text("status.tooSoon", format.whenPresent(e.until()));
      case USED_UP -> messages.text("status.usedUp");
      case ALLOWED ->
          q.unmet().isEmpty() ? messages.text("status.available") : messages.text("status.notYet");
    };
  }
}
