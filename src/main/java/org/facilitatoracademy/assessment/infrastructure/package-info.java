/**
 * JPA repositories for attempts and stored quiz versions, and the SQL that keeps and reads the
 * running totals of item analysis. The SQL runs through {@link
 * org.facilitatoracademy.assessment.infrastructure.Sql}, so the benchmark measures exactly the
 * statements the application runs.
 */
package org.facilitatoracademy.assessment.infrastructure;
