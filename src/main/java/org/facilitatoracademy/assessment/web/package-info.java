/**
 * Faces backing beans of the assessment pages under {@code /assessment/}: a person's quizzes, a
 * quiz's rules and history, taking an attempt, its result, and item analysis for coordinators.
 */
package org.facilitatoracademy.assessment.web;
