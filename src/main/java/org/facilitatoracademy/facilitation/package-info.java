/**
 * Meetings and who leads them. Coordinators keep the meetings of their region; a leader, co-leader
 * or mentor is assigned only while they hold an Active credential that covers the meeting, and the
 * assignment ends by itself when that credential stops covering it. Credentials belong to the
 * certification context: this context learns about them through its application service and its
 * after-commit events, never from its tables.
 */
package org.facilitatoracademy.facilitation;
