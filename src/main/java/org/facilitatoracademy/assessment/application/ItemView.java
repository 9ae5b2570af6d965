package org.facilitatoracademy.assessment.application;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.facilitatoracademy.assessment.domain.ItemFlag;
import org.facilitatoracademy.catalog.domain.QuestionType;

/**
 * Item analysis of one question.
 *
 * @param attempts graded responses (an unanswered question counts, with fraction 0)
 * @param facility mean fraction, 0 to 1
 * @param discrimination the corrected item–total correlation (Pearson, item fraction against the
 *     score on the attempt's other items), −1 to 1; empty while either never varied
 */
public record ItemView(
    String questionId,
    String text,
    QuestionType type,
    String area,
    long attempts,
    long answered,
    double facility,
    Optional<Double> discrimination,
    Set<ItemFlag> flags,
    List<ChoiceStatistic> options) {}
