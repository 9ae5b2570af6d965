package org.facilitatoracademy.assessment.application;

import java.util.Optional;

/**
 * How often one answer was given to an item. For choice questions an option (or true/false); for
 * order questions an item put at a position; for match questions a left side paired with a right
 * side.
 *
 * @param key the counted key: option id, {@code true}/{@code false}, {@code item@position} or
 *     {@code left>right}
 * @param text the option, item or left side
 * @param placedAs the position (order) or the right side's text (match)
 * @param correct whether this answer is (part of) the key
 */
public record ChoiceStatistic(
    String key, String text, Optional<String> placedAs, boolean correct, long count) {}
