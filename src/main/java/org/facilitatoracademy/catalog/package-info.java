/**
 * The course catalogue: courses, modules, lessons and quizzes as authored in the repository's
 * {@code modules/} and {@code quizzes/} folders, and the loader that turns those files into one
 * consistent, validated snapshot. The same loader runs in the build (so invalid content fails
 * {@code mvn verify}) and in the running application (so a reload can never publish what the build
 * would have refused).
 */
package org.facilitatoracademy.catalog;
