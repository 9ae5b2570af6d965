package org.facilitatoracademy.facilitation.application;

import java.util.List;
import java.util.Optional;
import org.facilitatoracademy.facilitation.domain.MeetingKind;
import org.facilitatoracademy.facilitation.domain.MeetingStatus;
import org.facilitatoracademy.facilitation.domain.Schedule;
import org.facilitatoracademy.facilitation.domain.Venue;

/** A meeting as the coordinators of its region see it, with who serves it now. */
public record MeetingView(
    String id,
    String title,
    MeetingKind kind,
    String region,
    Schedule schedule,
    Venue venue,
    MeetingStatus status,
    boolean needsLeader,
    boolean needsMentor,
    boolean ledByCertifiedLeader,
    Optional<ServingPerson> leader,
    Optional<ServingPerson> mentor,
    List<ServingPerson> coLeaders,
    int durationMinutes,
    Optional<String> statusNote,
    List<CancelledDay> cancellations) {}
