/**
 * Certification's use cases: accepting agreements, signing practicum, applying and deciding,
 * issuing, changing statuses, renewing, appealing and importing; the daily expiry job; the events
 * and the {@link org.facilitatoracademy.certification.application.Credentials} service through
 * which other contexts learn who holds what.
 */
package org.facilitatoracademy.certification.application;
