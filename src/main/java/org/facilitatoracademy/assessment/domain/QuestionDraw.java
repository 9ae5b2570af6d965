package org.facilitatoracademy.assessment.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;

/**
 * Draws the questions of one attempt from a bank: at random, spread evenly across strata (the
 * modules of an exam, the objectives of a module quiz), with at least a minimum number of scenario
 * items where the bank has them. Every pick goes to the stratum with the fewest questions so far
 * (ties broken at random), so no module of an exam is left out while another is asked twice over.
 */
public final class QuestionDraw {

  private final RandomGenerator random;

  public QuestionDraw(RandomGenerator random) {
    this.random = random;
  }

  /**
   * @param count how many questions to draw; at most the bank's size
   * @param minScenarios scenario items the draw must hold (fewer if the bank has fewer)
   * @param stratum which stratum a question belongs to
   * @return the drawn questions in a random slot order
   */
  public List<QuestionVersion> draw(
      List<QuestionVersion> bank,
      int count,
      int minScenarios,
      Function<QuestionVersion, String> stratum) {
    if (count < 1 || count > bank.size()) {
      throw new IllegalArgumentException(
          "Cannot draw " + count + " questions from a bank of " + bank.size());
    }
    Map<String, List<QuestionVersion>> remaining = new LinkedHashMap<>();
    for (QuestionVersion q : shuffled(bank)) {
      remaining.computeIfAbsent(stratum.apply(q), k -> new ArrayList<>()).add(q);
    }
    Map<String, Integer> taken = new LinkedHashMap<>();
    remaining.keySet().forEach(k -> taken.put(k, 0));
    List<QuestionVersion> drawn = new ArrayList<>();
    long scenariosInBank = bank.stream().filter(QuestionVersion::scenario).count();
    int scenarios = (int) Math.min(Math.min(minScenarios, scenariosInBank), count);
    for (int i = 0; i < scenarios; i++) {
      drawn.add(pick(remaining, taken, QuestionVersion::scenario));
    }
    while (drawn.size() < count) {
      drawn.add(pick(remaining, taken, q -> true));
    }
    return shuffled(drawn);
  }

  private QuestionVersion pick(
      Map<String, List<QuestionVersion>> remaining,
      Map<String, Integer> taken,
      Predicate<QuestionVersion> wanted) {
    List<String> candidates =
        remaining.entrySet().stream()
            .filter(e -> e.getValue().stream().anyMatch(wanted))
            .map(Map.Entry::getKey)
            .toList();
    int fewest = candidates.stream().map(taken::get).min(Comparator.naturalOrder()).orElseThrow();
    List<String> least = candidates.stream().filter(k -> taken.get(k) == fewest).toList();
    String chosen = least.get(random.nextInt(least.size()));
    List<QuestionVersion> pool = remaining.get(chosen);
    QuestionVersion question = pool.stream().filter(wanted).findFirst().orElseThrow();
    pool.remove(question);
    taken.merge(chosen, 1, Integer::sum);
    return question;
  }

  /** A Fisher–Yates shuffle into a new list. */
  public <T> List<T> shuffled(List<T> items) {
    List<T> out = new ArrayList<>(items);
    for (int i = out.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      T swap = out.get(i);
      out.set(i, out.get(j));
      out.set(j, swap);
    }
    return out;
  }

  /**
   * The order a drawn question's choices are shown in: options, order items and both sides of a
   * match shuffled. Order items are never shown already in their correct order.
   */
  public DrawnQuestion present(QuestionVersion question) {
    return switch (question.type()) {
      case SINGLE, MULTIPLE ->
          DrawnQuestion.shown(question, shuffledIds(question, ChoiceRole.OPTION));
      case TRUEFALSE -> DrawnQuestion.shown(question, List.of());
      case ORDER -> {
        List<String> key = ids(question, ChoiceRole.ITEM);
        List<String> shown = shuffled(key);
        while (key.size() > 1 && shown.equals(key)) {
          shown = shuffled(key);
        }
        yield DrawnQuestion.shown(question, shown);
      }
      case MATCH ->
          DrawnQuestion.shownSides(
              question,
              shuffledIds(question, ChoiceRole.LEFT),
              shuffledIds(question, ChoiceRole.RIGHT));
    };
  }

  private List<String> shuffledIds(QuestionVersion question, ChoiceRole role) {
    return shuffled(ids(question, role));
  }

  private static List<String> ids(QuestionVersion question, ChoiceRole role) {
    return question.choices(role).stream().map(Choice::id).toList();
  }
}
