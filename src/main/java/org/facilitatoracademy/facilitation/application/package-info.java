/**
 * Use cases of meetings: coordinators keep their region's meetings and assign who serves them
 * (always through the leadership rule), anyone lists the meetings of a region, facilitators see the
 * meetings they serve, and lapses of credentials end duties automatically — right after the
 * certification context commits a status change, and once a day for expiries past the grace period.
 */
package org.facilitatoracademy.facilitation.application;
