package org.facilitatoracademy.facilitation.application;

import java.time.Instant;
import java.util.Optional;
import org.facilitatoracademy.facilitation.domain.CredentialKind;
import org.facilitatoracademy.facilitation.domain.Duty;
import org.facilitatoracademy.facilitation.domain.EndReason;

/**
 * One line of a meeting's history: who served, on which credential, from when until when, why it
 * ended.
 */
public record DutyRecord(
    String accountId,
    String displayName,
    Duty duty,
    CredentialKind basis,
    Instant startedAt,
    String startedBy,
    Optional<Instant> endedAt,
    Optional<EndReason> endReason,
    Optional<String> endedBy) {}
