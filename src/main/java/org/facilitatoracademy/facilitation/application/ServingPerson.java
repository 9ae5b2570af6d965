package org.facilitatoracademy.facilitation.application;

import java.time.Instant;
import org.facilitatoracademy.facilitation.domain.CredentialKind;
import org.facilitatoracademy.facilitation.domain.Duty;

/** Someone serving a meeting now, by the name they chose to show. */
public record ServingPerson(
    String accountId, String displayName, Duty duty, CredentialKind basis, Instant since) {}
