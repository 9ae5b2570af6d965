/**
 * The item-analysis benchmark (Maven profile {@code benchmark}, not run by CI): 100,000 graded
 * attempts of the 40-item facilitator exam on H2 and on PostgreSQL, and how long reading their
 * statistics takes.
 */
package org.facilitatoracademy.assessment.benchmark;
