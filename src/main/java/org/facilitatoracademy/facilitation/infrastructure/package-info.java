/**
 * How meetings are stored (JPA) and how this context learns which credentials a person holds: an
 * adapter over the certification context's application service, translating its credentials into
 * this context's {@link org.facilitatoracademy.facilitation.domain.LeaderCredential}.
 */
package org.facilitatoracademy.facilitation.infrastructure;
