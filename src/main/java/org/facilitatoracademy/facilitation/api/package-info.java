/**
 * The meetings part of the REST API (CONTRACT "Meetings"): coordinators' registry and leader
 * assignments under {@code /coordinator/meetings}, the public list under {@code /meetings} — which
 * never names a leader — and {@code /me/meetings}.
 */
package org.facilitatoracademy.facilitation.api;
