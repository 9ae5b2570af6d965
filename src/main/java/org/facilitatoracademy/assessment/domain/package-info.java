/**
 * Attempts, their slots and steps, the graders of each question type, and the rules for drawing
 * questions and for retaking a quiz. Moodle's vocabulary: a <em>fraction</em> (0 to 1) is how right
 * one response is, a <em>mark</em> is the fraction times the question's points, and the
 * <em>grade</em> is the attempt's marks as a percentage of its maximum. What was asked is kept here
 * as {@link org.facilitatoracademy.assessment.domain.QuestionVersion}s, copied from the content
 * when a quiz version is first used, so grading never depends on files that may change.
 */
package org.facilitatoracademy.assessment.domain;
