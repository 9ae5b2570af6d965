package org.facilitatoracademy.assessment.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.facilitatoracademy.assessment.application.AttemptResult;
import org.facilitatoracademy.assessment.application.AttemptService;
import org.facilitatoracademy.assessment.application.AttemptView;
import org.facilitatoracademy.assessment.application.ChoiceView;
import org.facilitatoracademy.assessment.application.QuestionView;
import org.facilitatoracademy.assessment.application.SlotResult;
import org.facilitatoracademy.assessment.domain.FinishReason;
import org.facilitatoracademy.assessment.domain.MatchResponse;
import org.facilitatoracademy.assessment.domain.MultipleResponse;
import org.facilitatoracademy.assessment.domain.OrderResponse;
import org.facilitatoracademy.assessment.domain.Response;
import org.facilitatoracademy.assessment.domain.SingleResponse;
import org.facilitatoracademy.assessment.domain.TrueFalseResponse;
import org.facilitatoracademy.platform.errors.BusinessException;
import org.facilitatoracademy.platform.web.PageMessages;

/** The result of a submitted attempt: grade, and per question the answers and explanation. */
@Named
@RequestScoped
public class ReviewBacking {

  @Inject private AttemptService attempts;
  @Inject private PageMessages messages;
  @Inject private FacesContext faces;

  private String attemptId;
  private AttemptView view;

  public void load() throws IOException {
    try {
      view = attempts.view(attemptId);
    } catch (BusinessException notFound) {
      faces.getExternalContext().responseSendError(404, "No such attempt");
      faces.responseComplete();
      return;
    }
    if (!view.finished()) {
      faces
          .getExternalContext()
          .redirect(
              faces.getExternalContext().getRequestContextPath()
                  + "/assessment/attempt.xhtml?attempt="
                  + attemptId);
      faces.responseComplete();
    }
  }

  public AttemptResult getResult() {
    return view.result().orElseThrow();
  }

  public boolean isClosedAtDeadline() {
    return getResult().finishReason().filter(r -> r == FinishReason.DEADLINE).isPresent();
  }

  public SlotResult result(QuestionView question) {
    return getResult().questions().get(question.slot() - 1);
  }

  public String yourAnswer(QuestionView question) {
    return question
        .response()
        .map(r -> describe(question, r))
        .orElse(messages.text("review.noAnswer"));
  }

  public String rightAnswer(QuestionView question) {
    return describe(question, result(question).rightAnswer());
  }

  /** An answer in words: option texts, True/False, the order, or the pairs. */
  private String describe(QuestionView q, Response response) {
    if (response instanceof SingleResponse s) {
      return text(q.options(), s.optionId());
    }
    if (response instanceof MultipleResponse m) {
      return m.optionIds().isEmpty()
          ? messages.text("review.noAnswer")
          : m.optionIds().stream()
              .map(id -> text(q.options(), id))
              .collect(Collectors.joining("; "));
    }
    if (response instanceof TrueFalseResponse t) {
      return messages.text(t.value() ? "attempt.true" : "attempt.false");
    }
    if (response instanceof OrderResponse o) {
      List<String> ids = o.order();
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < ids.size(); i++) {
        out.append(i == 0 ? "" : "; ")
            .append(i + 1)
            .append(". ")
            .append(text(q.items(), ids.get(i)));
      }
      return out.toString();
    }
    MatchResponse m = (MatchResponse) response;
    return q.left().stream()
        .filter(l -> m.matches().containsKey(l.id()))
        .map(l -> l.text() + " → " + text(q.right(), m.matches().get(l.id())))
        .collect(Collectors.joining("; "));
  }

  private static String text(List<ChoiceView> choices, String id) {
    return choices.stream()
        .filter(c -> c.id().equals(id))
        .map(ChoiceView::text)
        .findFirst()
        .orElse(id);
  }

  public AttemptView getView() {
    return view;
  }

  public String getAttemptId() {
    return attemptId;
  }

  public void setAttemptId(String attemptId) {
    this.attemptId = attemptId;
  }
}
