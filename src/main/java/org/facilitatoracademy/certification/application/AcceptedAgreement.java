package org.facilitatoracademy.certification.application;

import java.time.Instant;

/** An agreement with the date it was accepted and the version of the text that was accepted. */
public record AcceptedAgreement(String agreement, String version, Instant acceptedAt) {}
