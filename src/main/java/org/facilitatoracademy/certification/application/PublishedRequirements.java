package org.facilitatoracademy.certification.application;

import java.util.List;

/**
 * What a credential asks for, as configured, in the terms a stranger reading a credential may see:
 * the course and its exam, the counts of supervised practice, the agreements and how long a
 * certificate is valid.
 */
public record PublishedRequirements(
    String courseId,
    int observedMeetings,
    int rolePlays,
    int coFacilitatedMeetings,
    List<String> agreements,
    int validityMonths) {}
