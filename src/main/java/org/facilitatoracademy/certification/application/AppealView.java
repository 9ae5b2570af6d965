package org.facilitatoracademy.certification.application;

import java.time.Instant;
import org.facilitatoracademy.certification.domain.Appeal;

/** An appeal as the appellant and the deciding coordinators see it. */
public record AppealView(
    String id,
    Appeal.Subject subjectType,
    String subjectId,
    String appellantId,
    String appellantName,
    String region,
    String originalDecider,
    String text,
    Instant filedAt,
    Appeal.Status status,
    String decidedBy,
    Instant decidedAt,
    String comment) {}
