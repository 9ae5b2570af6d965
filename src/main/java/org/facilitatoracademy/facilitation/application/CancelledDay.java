package org.facilitatoracademy.facilitation.application;

import java.time.LocalDate;
import java.util.Optional;

/** A day a meeting does not meet, with its public note; never who cancelled it. */
public record CancelledDay(LocalDate date, Optional<String> note) {}
