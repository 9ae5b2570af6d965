package org.facilitatoracademy.assessment.application;

import java.util.Optional;

/** Item analysis of one area tag (such as one of the four points): its items taken together. */
public record AreaView(
    String area,
    long items,
    long attempts,
    double facility,
    Optional<Double> meanDiscrimination,
    long flaggedItems) {}
