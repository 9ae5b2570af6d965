package org.facilitatoracademy.facilitation.application;

import org.facilitatoracademy.facilitation.domain.MeetingKind;
import org.facilitatoracademy.facilitation.domain.MeetingStatus;
import org.facilitatoracademy.facilitation.domain.Schedule;
import org.facilitatoracademy.facilitation.domain.Venue;

/**
 * A meeting as anyone may see it: when and where, and whether a certified leader leads it right now
 * — never who.
 */
public record PublicMeeting(
    String id,
    String title,
    MeetingKind kind,
    String region,
    Schedule schedule,
    Venue venue,
    MeetingStatus status,
    boolean ledByCertifiedLeader) {}
