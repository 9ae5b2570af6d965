package org.facilitatoracademy.assessment.application;

import java.util.List;
import org.facilitatoracademy.assessment.domain.FlagThresholds;

/**
 * Item analysis of a quiz over every graded attempt, in every course and content version (items are
 * matched by question id).
 *
 * @param attempts graded attempts
 * @param meanScore mean grade in percent
 * @param sdScore standard deviation of grades in percent
 */
public record QuizStatistics(
    String quizId,
    String title,
    String contentVersion,
    long attempts,
    long passed,
    double meanScore,
    double sdScore,
    List<ItemView> items,
    List<AreaView> areas,
    FlagThresholds thresholds) {}
