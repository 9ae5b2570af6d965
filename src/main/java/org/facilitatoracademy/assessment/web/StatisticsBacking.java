package org.facilitatoracademy.assessment.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.facilitatoracademy.assessment.application.ItemAnalysis;
import org.facilitatoracademy.assessment.application.ItemView;
import org.facilitatoracademy.assessment.application.QuizStatistics;
import org.facilitatoracademy.assessment.application.RegradeReport;
import org.facilitatoracademy.assessment.application.StatisticsCsv;
import org.facilitatoracademy.platform.errors.BusinessException;
import org.facilitatoracademy.platform.web.PageMessages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** Item analysis of one quiz for coordinators: figures, charts, CSV, and regrading. */
@Named
@ViewScoped
public class StatisticsBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final ObjectMapper JSON = new ObjectMapper();

  @Inject private ItemAnalysis analysis;
  @Inject private PageMessages messages;

  private String quizId;
  private transient RegradeReport regradeReport;
  private transient QuizStatistics statistics;
  private transient List<ItemAnalysis.QuizSummary> quizzes;

  public void load() throws IOException {
    if (quizId == null || quizId.isBlank()) {
      quizId = getQuizzes().get(0).quizId();
    }
    try {
      statistics = analysis.statistics(quizId);
    } catch (BusinessException notFound) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(404, "No such quiz");
      faces.responseComplete();
    }
  }

  public List<ItemAnalysis.QuizSummary> getQuizzes() {
    if (quizzes == null) {
      quizzes = analysis.quizzes();
    }
    return quizzes;
  }

  public QuizStatistics getStatistics() {
    if (statistics == null) {
      statistics = analysis.statistics(quizId);
    }
    return statistics;
  }

  public void regrade() {
    try {
      regradeReport = analysis.regrade(quizId);
      statistics = null;
    } catch (BusinessException e) {
      messages.refusal(null, e);
    }
  }

  public StreamedContent getCsv() {
    byte[] csv = StatisticsCsv.of(getStatistics()).getBytes(StandardCharsets.UTF_8);
    return DefaultStreamedContent.builder()
        .name(quizId + "-statistics.csv")
        .contentType("text/csv; charset=UTF-8")
        .stream(() -> new ByteArrayInputStream(csv))
        .build();
  }

  /** Chart.js configuration: facility and discrimination of every item. */
  public String getItemsChart() {
    List<ItemView> items = getStatistics().items();
    ObjectNode chart = barChart(items.stream().map(ItemView::questionId).toList());
    ArrayNode datasets = (ArrayNode) chart.path("data").path("datasets");
    datasets.add(
        dataset(messages.text("statistics.facility"), items, ItemView::facility, "#1f5f8b"));
    datasets.add(
        dataset(
            messages.text("statistics.discrimination"),
            items,
            i -> i.discrimination().orElse(0.0),
            "#c2185b"));
    return withYRange(chart, -1, 1);
  }

  /** Chart.js configuration: facility per area. */
  public String getAreasChart() {
    var areas = getStatistics().areas();
    ObjectNode chart =
        barChart(areas.stream().map(a -> a.area().isEmpty() ? "—" : a.area()).toList());
    ObjectNode set = JSON.createObjectNode().put("label", messages.text("statistics.facility"));
    set.put("backgroundColor", "#1f5f8b");
    ArrayNode data = set.putArray("data");
    areas.forEach(a -> data.add(a.facility()));
    ((ArrayNode) chart.path("data").path("datasets")).add(set);
    return withYRange(chart, 0, 1);
  }

  private static ObjectNode barChart(List<String> labels) {
    ObjectNode chart = JSON.createObjectNode().put("type", "bar");
    ObjectNode data = chart.putObject("data");
    ArrayNode names = data.putArray("labels");
    labels.forEach(names::add);
    data.putArray("datasets");
    chart.putObject("options").put("responsive", true).put("maintainAspectRatio", false);
    return chart;
  }

  private static String withYRange(ObjectNode chart, int min, int max) {
    ((ObjectNode) chart.get("options"))
        .putObject("scales")
        .putObject("y")
        .put("min", min)
        .put("max", max);
    return chart.toString();
  }

  private static ObjectNode dataset(
      String label, List<ItemView> items, Function<ItemView, Double> value, String colour) {
    ObjectNode set = JSON.createObjectNode().put("label", label).put("backgroundColor", colour);
    ArrayNode data = set.putArray("data");
    items.forEach(i -> data.add(value.apply(i)));
    return set;
  }

  public String getQuizId() {
    return quizId;
  }

  public void setQuizId(String quizId) {
    this.quizId = quizId;
  }

  public String getRegradedQuestions() {
    return regradeReport == null ? "" : String.join(", ", regradeReport.questionsRegraded());
  }

  public RegradeReport getRegradeReport() {
    return regradeReport;
  }
}
