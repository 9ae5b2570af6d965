/**
 * The certification pages under {@code /certification/}: a trainee's checklist, agreements,
 * applications and certificates; mentors' practicum sign-off; coordinators' queue, review,
 * certificates and appeals; the administrators' import. Backing beans only call the application
 * services, which enforce roles and regions again.
 */
package org.facilitatoracademy.certification.web;
