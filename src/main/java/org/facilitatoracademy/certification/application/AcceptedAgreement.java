package org.facilitatoracademy.certification.application;

import java.time.Instant;

/** An agreement with the date it was last accepted. */
public record AcceptedAgreement(String agreement, Instant acceptedAt) {}
