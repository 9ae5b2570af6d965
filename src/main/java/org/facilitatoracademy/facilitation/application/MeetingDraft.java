package org.facilitatoracademy.facilitation.application;

import org.facilitatoracademy.facilitation.domain.MeetingKind;
import org.facilitatoracademy.facilitation.domain.Schedule;
import org.facilitatoracademy.facilitation.domain.Venue;

/**
 * What a coordinator fills in for a meeting. The region may be left out: it is then the
 * coordinator's own.
 */
public record MeetingDraft(
    String title, MeetingKind kind, String region, Schedule schedule, Venue venue) {}
