package org.facilitatoracademy.assessment.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.facilitatoracademy.assessment.application.AttemptService;
import org.facilitatoracademy.assessment.application.AttemptView;
import org.facilitatoracademy.assessment.application.ChoiceView;
import org.facilitatoracademy.assessment.application.GivenAnswer;
import org.facilitatoracademy.assessment.application.QuestionView;
import org.facilitatoracademy.assessment.domain.MatchResponse;
import org.facilitatoracademy.assessment.domain.MultipleResponse;
import org.facilitatoracademy.assessment.domain.OrderResponse;
import org.facilitatoracademy.assessment.domain.Response;
import org.facilitatoracademy.assessment.domain.SingleResponse;
import org.facilitatoracademy.assessment.domain.TrueFalseResponse;
import org.facilitatoracademy.platform.errors.BusinessException;
import org.facilitatoracademy.platform.web.PageMessages;

/**
 * Taking an attempt: one question at a time with an overview to jump, every answer saved as it is
 * given, a countdown to the server's deadline, and submission. Leaving and coming back reopens the
 * same questions in the same order, with the saved answers.
 */
@Named
@ViewScoped
public class AttemptBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AttemptService attempts;
  @Inject private PageMessages messages;

  private String attemptId;
  private int current = 1;
  private Instant savedAt;
  private boolean resumed;

  /** Read again after every change, and after the view moved to another node of a cluster. */
  private transient AttemptView view;

  private String single;
  private List<String> multiple = new ArrayList<>();
  private String trueFalse;
  private List<String> order = new ArrayList<>();
  private Map<String, String> matches = new LinkedHashMap<>();

  public void load() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      view = attempts.view(attemptId);
    } catch (BusinessException notFound) {
      faces.getExternalContext().responseSendError(404, "No such attempt");
      faces.responseComplete();
      return;
    }
    if (view.finished()) {
      toReview();
      return;
    }
    resumed = view.answeredCount() > 0;
    current =
        view.questions().stream()
            .filter(q -> !q.answered())
            .mapToInt(QuestionView::slot)
            .findFirst()
            .orElse(1);
    fillForm();
  }

  public AttemptView getView() {
    if (view == null) {
      view = attempts.view(attemptId);
    }
    return view;
  }

  public QuestionView getQuestion() {
    return getView().questions().get(current - 1);
  }

  public void goTo(int slot) {
    current = Math.max(1, Math.min(slot, getView().questions().size()));
    fillForm();
  }

  public void next() {
    goTo(current + 1);
  }

  public void previous() {
    goTo(current - 1);
  }

  /** Puts the saved answer of the current question into the form. */
  private void fillForm() {
    QuestionView q = getQuestion();
    Response saved = q.response().orElse(null);
    single = saved instanceof SingleResponse s ? s.optionId() : null;
    multiple =
        saved instanceof MultipleResponse m ? new ArrayList<>(m.optionIds()) : new ArrayList<>();
    trueFalse = saved instanceof TrueFalseResponse t ? Boolean.toString(t.value()) : null;
    order =
        saved instanceof OrderResponse o
            ? new ArrayList<>(o.order())
            : new ArrayList<>(q.items().stream().map(ChoiceView::id).toList());
    matches =
        saved instanceof MatchResponse m ? new LinkedHashMap<>(m.matches()) : new LinkedHashMap<>();
  }

  public void saveSingle() {
    save(new GivenAnswer(single, null, null, null, null));
  }

  public void saveMultiple() {
    save(new GivenAnswer(null, List.copyOf(multiple), null, null, null));
  }

  public void saveTrueFalse() {
    save(new GivenAnswer(null, null, Boolean.valueOf(trueFalse), null, null));
  }

  public void saveOrder() {
    save(new GivenAnswer(null, null, null, List.copyOf(order), null));
  }

  public void saveMatches() {
    Map<String, String> chosen = new LinkedHashMap<>();
    matches.forEach(
        (left, right) -> {
          if (right != null && !right.isBlank()) {
            chosen.put(left, right);
          }
        });
    save(new GivenAnswer(null, null, null, null, chosen));
  }

  private void save(GivenAnswer answer) {
    try {
      attempts.save(attemptId, current, answer);
      savedAt = Instant.now();
      view = null;
    } catch (BusinessException e) {
      messages.refusal(null, e);
      if (e.kind() == BusinessException.Kind.CONFLICT) {
        toReview();
      }
    }
  }

  public String submit() {
    attempts.submit(attemptId);
    return "/assessment/review.xhtml?faces-redirect=true&attempt=" + attemptId;
  }

  private void toReview() {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getExternalContext().getFlash().setKeepMessages(true);
    try {
      faces
          .getExternalContext()
          .redirect(
              faces.getExternalContext().getRequestContextPath()
                  + "/assessment/review.xhtml?attempt="
                  + attemptId);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    faces.responseComplete();
  }

  public boolean isAnswered(int slot) {
    return getView().questions().get(slot - 1).answered();
  }

  /** The text of an order item, for the order list. */
  public String itemText(String itemId) {
    return getQuestion().items().stream()
        .filter(i -> i.id().equals(itemId))
        .map(ChoiceView::text)
        .findFirst()
        .orElse(itemId);
  }

  public String getAttemptId() {
    return attemptId;
  }

  public void setAttemptId(String attemptId) {
    this.attemptId = attemptId;
  }

  public int getCurrent() {
    return current;
  }

  public Instant getSavedAt() {
    return savedAt;
  }

  public boolean isResumed() {
    return resumed;
  }

  public String getSingle() {
    return single;
  }

  public void setSingle(String single) {
    this.single = single;
  }

  public List<String> getMultiple() {
    return multiple;
  }

  public void setMultiple(List<String> multiple) {
    this.multiple = multiple;
  }

  public String getTrueFalse() {
    return trueFalse;
  }

  public void setTrueFalse(String trueFalse) {
    this.trueFalse = trueFalse;
  }

  public List<String> getOrder() {
    return order;
  }

  public void setOrder(List<String> order) {
    this.order = order;
  }

  public Map<String, String> getMatches() {
    return matches;
  }
}
