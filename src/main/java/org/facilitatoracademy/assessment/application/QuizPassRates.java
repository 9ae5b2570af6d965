package org.facilitatoracademy.assessment.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.facilitatoracademy.assessment.domain.Attempt;
import org.facilitatoracademy.assessment.domain.AttemptRepository;

/**
 * How a group of people (a region's) fares at each quiz: how many graded attempts they made and how
 * many of those passed. A quiz where few attempts pass is where trainees stall.
 */
@Stateless
@RolesAllowed({"COORDINATOR", "ADMIN"})
public class QuizPassRates {

  @Inject private AttemptRepository attempts;

  /** One quiz's figures; {@code passRate} is between 0 and 1. */
  public record PassRate(String quizId, int attempts, int passed) {
    public double passRate() {
      return attempts == 0 ? 0 : (double) passed / attempts;
    }

    public int percent() {
      return (int) Math.round(passRate() * 100);
    }
  }

  /** Graded attempts of these people, by quiz id. */
  public List<PassRate> of(Collection<String> accountIds) {
    Map<String, int[]> counts = new TreeMap<>();
    for (String accountId : accountIds) {
      for (Attempt attempt : attempts.of(accountId)) {
        if (attempt.isFinished()) {
          int[] c = counts.computeIfAbsent(attempt.quizId(), q -> new int[2]);
          c[0]++;
          if (attempt.passed()) {
            c[1]++;
          }
        }
      }
    }
    List<PassRate> out = new ArrayList<>();
    counts.forEach((quiz, c) -> out.add(new PassRate(quiz, c[0], c[1])));
    return out;
  }
}
