/**
 * The meeting registry and the leadership rule. {@link
 * org.facilitatoracademy.facilitation.domain.LeadershipPolicy} is pure: given the credentials a
 * person holds and a day, it says whether they may be newly assigned to a duty and whether they may
 * keep one; the {@link org.facilitatoracademy.facilitation.domain.Meeting} aggregate keeps the
 * assignments and their history.
 */
package org.facilitatoracademy.facilitation.domain;
