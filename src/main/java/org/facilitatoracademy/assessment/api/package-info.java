/**
 * The REST API of assessment (CONTRACT "Quizzes and attempts"): starting, answering and submitting
 * attempts, the person's attempt history, and item analysis and regrading for coordinators.
 */
package org.facilitatoracademy.assessment.api;
