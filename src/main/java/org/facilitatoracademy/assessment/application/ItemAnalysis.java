package org.facilitatoracademy.assessment.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.facilitatoracademy.assessment.domain.AttemptRepository;
import org.facilitatoracademy.assessment.domain.FlagThresholds;
import org.facilitatoracademy.assessment.domain.ItemFlag;
import org.facilitatoracademy.assessment.domain.ItemStatistics;
import org.facilitatoracademy.assessment.domain.QuizVersion;
import org.facilitatoracademy.audit.application.AuditLog;
import org.facilitatoracademy.catalog.application.ContentCatalog;
import org.facilitatoracademy.catalog.domain.MatchPair;
import org.facilitatoracademy.catalog.domain.Option;
import org.facilitatoracademy.catalog.domain.OrderItem;
import org.facilitatoracademy.catalog.domain.Question;
import org.facilitatoracademy.catalog.domain.Quiz;
import org.facilitatoracademy.identity.application.AccountService;
import org.facilitatoracademy.identity.application.AccountView;
import org.facilitatoracademy.platform.errors.BusinessException;

/**
 * Item analysis and regrading for coordinators. The figures come from the database's running
 * totals; this service only puts names to them (question and option texts from the live content)
 * and flags weak items. Item analysis is about questions, not people, so it covers every region; a
 * regrade report names only people of the coordinator's own region.
 */
@Stateless
@RolesAllowed({"COORDINATOR", "ADMIN"})
public class ItemAnalysis {

  private static final int REGRADE_BATCH = 50;

  @Inject private ContentCatalog content;
  @Inject private ItemStatistics statistics;
  @Inject private AttemptRepository attempts;
  @Inject private AttemptFactory factory;
  @Inject private Regrading regrading;
  @Inject private AccountService accounts;
  @Inject private AssessmentSettings settings;
  @Inject private AuditLog audit;
  @Resource private SessionContext session;

  /** A quiz to choose in the statistics page, with how many attempts were graded. */
  public record QuizSummary(String quizId, String title, boolean exam, long attempts) {}

  public List<QuizSummary> quizzes() {
    return content.snapshot().quizzes().stream()
        .map(
            q ->
                new QuizSummary(
                    q.id(),
                    q.title(),
                    q.isExam(),
                    statistics.quiz(q.id()).map(ItemStatistics.QuizFigures::attempts).orElse(0L)))
        .toList();
  }

  public QuizStatistics statistics(String quizId) {
    Quiz quiz = quiz(quizId);
    FlagThresholds thresholds = settings.flagThresholds();
    Map<String, Question> questions =
        quiz.questions().stream().collect(Collectors.toMap(Question::id, Function.identity()));
    Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
    for (ItemStatistics.ChoiceCount c : statistics.choices(quizId)) {
      counts
          .computeIfAbsent(c.questionId(), k -> new LinkedHashMap<>())
          .put(c.choiceKey(), c.count());
    }
    List<ItemView> items = new ArrayList<>();
    for (ItemStatistics.ItemFigures f : statistics.items(quizId)) {
      Optional<Question> question = Optional.ofNullable(questions.get(f.questionId()));
      List<ChoiceStatistic> options =
          choiceStatistics(question, counts.getOrDefault(f.questionId(), Map.of()));
      int unusedDistractors =
          question.filter(q -> q.type().hasOptions()).isPresent()
              ? (int) options.stream().filter(o -> !o.correct() && o.count() == 0).count()
              : 0;
      items.add(
          new ItemView(
              f.questionId(),
              question.map(Question::text).orElse(f.questionId()),
              f.type(),
              f.area(),
              f.responses(),
              f.answered(),
              f.facility(),
              f.discrimination(),
              thresholds.flags(f.responses(), f.facility(), f.discrimination(), unusedDistractors),
              options));
    }
    List<AreaView> areas =
        statistics.areas(quizId).stream()
            .map(
                a ->
                    new AreaView(
                        a.area(),
                        a.items(),
                        a.responses(),
                        a.facility(),
                        a.meanDiscrimination(),
                        items.stream()
                            .filter(i -> i.area().equals(a.area()) && !i.flags().isEmpty())
                            .count()))
            .toList();
    ItemStatistics.QuizFigures figures =
        statistics.quiz(quizId).orElse(new ItemStatistics.QuizFigures(0, 0, 0, 0));
    return new QuizStatistics(
        quiz.id(),
        quiz.title(),
        quiz.contentVersion(),
        figures.attempts(),
        figures.passed(),
        AttemptResult.rounded(figures.meanPercent()),
        AttemptResult.rounded(figures.sdPercent()),
        items,
        areas,
        thresholds);
  }

  /** Every answer the live question offers, with its count, then any counted answer it lost. */
  private static List<ChoiceStatistic> choiceStatistics(
      Optional<Question> question, Map<String, Long> counts) {
    List<ChoiceStatistic> out = new ArrayList<>();
    question.ifPresent(q -> offered(q, counts, out));
    Set<String> listed = out.stream().map(ChoiceStatistic::key).collect(Collectors.toSet());
    counts.forEach(
        (key, count) -> {
          if (!listed.contains(key)) {
            out.add(new ChoiceStatistic(key, key, Optional.empty(), false, count));
          }
        });
    return out;
  }

  private static void offered(Question q, Map<String, Long> counts, List<ChoiceStatistic> out) {
    switch (q.type()) {
      case SINGLE, MULTIPLE -> {
        for (Option o : q.options()) {
          out.add(
              new ChoiceStatistic(
                  o.id(),
                  o.text(),
                  Optional.empty(),
                  o.correct(),
                  counts.getOrDefault(o.id(), 0L)));
        }
      }
      case TRUEFALSE -> {
        for (boolean value : new boolean[] {true, false}) {
          String key = Boolean.toString(value);
          out.add(
              new ChoiceStatistic(
                  key,
                  value ? "True" : "False",
                  Optional.empty(),
                  q.answer().orElseThrow() == value,
                  counts.getOrDefault(key, 0L)));
        }
      }
      case ORDER -> {
        List<OrderItem> items = q.items();
        for (int i = 0; i < items.size(); i++) {
          for (int position = 1; position <= items.size(); position++) {
            String key = items.get(i).id() + "@" + position;
            long count = counts.getOrDefault(key, 0L);
            boolean correct = position == i + 1;
            if (correct || count > 0) {
              out.add(
                  new ChoiceStatistic(
                      key,
                      items.get(i).text(),
                      Optional.of(Integer.toString(position)),
                      correct,
                      count));
            }
          }
        }
      }
      case MATCH -> {
        for (MatchPair left : q.pairs()) {
          for (MatchPair right : q.pairs()) {
            String key = left.left().id() + ">" + right.right().id();
            long count = counts.getOrDefault(key, 0L);
            boolean correct = left == right;
            if (correct || count > 0) {
              out.add(
                  new ChoiceStatistic(
                      key, left.left().text(), Optional.of(right.right().text()), correct, count));
            }
          }
        }
      }
    }
  }

  /**
   * Grades every attempt graded against an older key of the quiz again, against the live content
   * version (options keep their ids, so the same responses can be graded). Old and new grades both
   * stay in each attempt's history.
   */
  public RegradeReport regrade(String quizId) {
    Quiz quiz = quiz(quizId);
    QuizVersion current = factory.storedVersionOf(quiz);
    List<String> affected = attempts.gradedAgainstOtherVersions(quizId, current.contentVersion());
    String me = session.getCallerPrincipal().getName();
    List<Regrading.Result> results = new ArrayList<>();
    for (int i = 0; i < affected.size(); i += REGRADE_BATCH) {
      results.addAll(
          regrading.regrade(
              quizId,
              current.contentVersion(),
              affected.subList(i, Math.min(affected.size(), i + REGRADE_BATCH)),
              me));
    }
    AccountView caller = accounts.me();
    boolean everyRegion = caller.roles().contains("ADMIN");
    List<RegradeReport.OutcomeChange> visible = new ArrayList<>();
    int elsewhere = 0;
    for (Regrading.Result r : results) {
      if (!r.change().outcomeChanged()) {
        continue;
      }
      Optional<AccountView> person = accounts.find(r.accountId());
      if (everyRegion || person.map(p -> p.region().equals(caller.region())).orElse(false)) {
        visible.add(
            new RegradeReport.OutcomeChange(
                r.attemptId(),
                r.courseId(),
                person.map(AccountView::displayName),
                AttemptResult.rounded(r.change().percentBefore()),
                r.change().passedBefore(),
                AttemptResult.rounded(r.change().percentAfter()),
                r.change().passedAfter()));
      } else {
        elsewhere++;
      }
    }
    Set<String> questions = new TreeSet<>();
    results.forEach(r -> questions.addAll(r.change().questionIds()));
    audit.record(
        me,
        "quiz.regraded",
        quizId,
        String.format(
            "against %s: %d attempts examined, %d regraded, %d outcomes changed",
            current.contentVersion(), affected.size(), results.size(), visible.size() + elsewhere));
    return new RegradeReport(
        quizId,
        current.contentVersion(),
        affected.size(),
        results.size(),
        List.copyOf(questions),
        visible,
        elsewhere);
  }

  private Quiz quiz(String quizId) {
    return content
        .snapshot()
        .findQuiz(quizId)
        .orElseThrow(() -> BusinessException.notFound("The quiz"));
  }

  /** Flags in a stable order for lists and exports. */
  static List<ItemFlag> ordered(Set<ItemFlag> flags) {
    return flags.stream().sorted().toList();
  }
}
