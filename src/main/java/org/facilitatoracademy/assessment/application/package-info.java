/**
 * Use cases of assessment: starting, resuming, answering and submitting attempts under the rules of
 * each quiz (trainees), closing attempts whose time ran out (a scheduled job), and item analysis
 * and regrading (coordinators). Grading announces a pass with {@link
 * org.facilitatoracademy.assessment.application.QuizPassed} inside its transaction.
 */
package org.facilitatoracademy.assessment.application;
