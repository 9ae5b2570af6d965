package org.facilitatoracademy.facilitation.application;

import java.time.Instant;
import org.facilitatoracademy.facilitation.domain.CredentialKind;
import org.facilitatoracademy.facilitation.domain.Duty;

/** A meeting the signed-in person serves, and how. */
public record MyDuty(PublicMeeting meeting, Duty duty, CredentialKind basis, Instant since) {}
