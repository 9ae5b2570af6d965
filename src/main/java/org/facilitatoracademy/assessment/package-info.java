/**
 * Assessment: quizzes as the server alone decides them. Modelled on Moodle's question engine:
 * question types say how a response is graded, the deferred-feedback behaviour says that nothing is
 * graded or revealed before submission, and every attempt keeps numbered slots with an append-only
 * history of steps holding the raw responses, so any attempt can be replayed and regraded. Item
 * analysis for coordinators is computed in the database from running totals kept at grading time.
 */
package org.facilitatoracademy.assessment;
