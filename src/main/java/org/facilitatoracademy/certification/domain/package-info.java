/**
 * The certification model: applications, practicum entries, agreements, certificates and their
 * statuses, and the pure rules that decide what is still unmet. Entities guard their own
 * transitions; the requirement check is a function of evidence and policy, testable without a
 * container.
 */
package org.facilitatoracademy.certification.domain;
