package org.facilitatoracademy.assessment.application;

/** How right a graded attempt was in one area tag: marks over points of its questions there. */
public record AreaResult(String area, double fraction) {}
